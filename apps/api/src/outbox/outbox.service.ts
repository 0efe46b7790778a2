import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxQueueName, QUEUES } from '../queue/queue-names';
import { OutboxEvent } from './outbox-event.entity';
import { idForKey } from './outbox-key';

/** PostgreSQL NOTIFY channel: wakes the relay when a transaction with outbox rows commits. */
export const OUTBOX_CHANNEL = 'outbox_event';
const INSERT_CHUNK = 1000;

export interface OutboxEventInput<P extends object = object> {
  /** What happened, e.g. 'vacancy.published'; a processor registered for this type handles it in the worker. */
  type: string;
  /** Plain JSON: ids and the few facts the processor needs (it reads the rest when it runs). */
  payload: P;
  /** Default: the events queue. */
  queue?: OutboxQueueName;
  /** Makes the row id deterministic: adding the same key again adds nothing (e.g. when a processor is retried). */
  key?: string;
  /** Not relayed before this moment (scheduled work). */
  runAt?: Date;
}

export interface OutboxBacklog {
  /** Due rows not yet moved to a queue. */
  pending: number;
  /** Age of the oldest of them; null when none wait. */
  oldestPendingSeconds: number | null;
}

/** Writes events to the transactional outbox, always inside the caller's transaction. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds events in the caller's transaction: they exist only if that transaction commits. Returns their ids. */
  async add(manager: EntityManager, events: OutboxEventInput | OutboxEventInput[]): Promise<string[]> {
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.add needs the EntityManager of a running transaction (dataSource.transaction(...))');
    }
    const rows = list.map((event) => ({
      id: event.key ? idForKey(event.key) : randomUUID(),
      type: event.type,
      queue: event.queue ?? QUEUES.events,
      payload: event.payload,
      ...(event.runAt ? { runAt: event.runAt } : {}),
    }));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager.createQueryBuilder().insert().into(OutboxEvent).values(rows.slice(start, start + INSERT_CHUNK)).orIgnore().execute();
    }
    // Delivered by PostgreSQL only when the transaction commits, and only once per transaction.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return rows.map((row) => row.id);
  }

  /**
   * Schedules work for later under a deterministic key, e.g. `appointment:${id}:reminder-24h:${startsAt}`.
   * Put what may change (the time) in the key: a rescheduled appointment gets a new key, and the processor
   * checks when it runs that its appointment still starts then. Returns the row id.
   */
  async schedule(manager: EntityManager, key: string, runAt: Date, event: Omit<OutboxEventInput, 'key' | 'runAt'>): Promise<string> {
    const [id] = await this.add(manager, { ...event, key, runAt });
    return id;
  }

  /** Cancels scheduled work that has not been relayed yet; true when there was such work. */
  async cancel(manager: EntityManager, key: string): Promise<boolean> {
    const result = await manager.query('DELETE FROM outbox_event WHERE id = $1 AND dispatched_at IS NULL', [idForKey(key)]);
    return Number(result?.[1] ?? 0) > 0;
  }

  /** What waits to be relayed: grows while Redis is down, and should drain when it is back. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(run_at)) AS oldest
         FROM outbox_event WHERE dispatched_at IS NULL AND run_at <= now()`,
    );
    return { pending: row.pending, oldestPendingSeconds: row.oldest === null ? null : Math.max(0, Math.round(Number(row.oldest))) };
  }
}
