import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Runtime } from '../config/runtime';
import { RUNTIME } from '../config/runtime.module';
import { BullQueues } from '../queue/bull-queues';
import { OutboxQueueName } from '../queue/queue-names';
import { RedisConnection } from '../queue/redis-connection';
import { OUTBOX_CHANNEL } from './outbox.service';

/** A relay gives up on a Redis that accepts the connection but does not answer; its rows stay pending. */
const REDIS_ANSWER_TIMEOUT_MS = 10_000;

interface PendingRow {
  id: string;
  type: string;
  queue: OutboxQueueName;
  payload: Record<string, unknown>;
}

/**
 * Moves due outbox rows to their BullMQ queues, job id = row id. Runs in the worker; several relays may
 * run at once (rows are claimed with FOR UPDATE SKIP LOCKED). Polls, and is woken by NOTIFY on commit.
 * Without Redis the rows simply stay pending until Redis answers again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private stopped = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A commit was announced while a batch ran: look again before sleeping. */
  private nudged = false;
  private listener?: Client;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: BullQueues,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  onApplicationBootstrap() {
    void this.listen();
    this.loop = this.run();
  }

  async onModuleDestroy() {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** Moves one batch of due rows to the queues and marks them dispatched, in one transaction; returns how many. */
  async relayBatch(): Promise<number> {
    if (!(await this.redis.isUp())) throw new Error('Redis is unreachable');
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, type, queue, payload FROM outbox_event
          WHERE dispatched_at IS NULL AND run_at <= now()
          ORDER BY run_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.outboxBatchSize],
      );
      if (rows.length === 0) return 0;
      // If the commit below fails after the jobs were added, the rows are relayed again with the same
      // job ids, which BullMQ ignores; the send log stops any second effect after that.
      await withTimeout(this.enqueue(rows), REDIS_ANSWER_TIMEOUT_MS, 'Redis did not answer in time');
      await manager.query('UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::uuid[])', [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  private async enqueue(rows: PendingRow[]) {
    const byQueue = new Map<OutboxQueueName, PendingRow[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [name, queued] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) throw new Error('No Redis configured');
      await queue.addBulk(queued.map((row) => ({ name: row.type, data: { payload: row.payload }, opts: { jobId: row.id } })));
    }
  }

  private async run() {
    let paused = false;
    while (!this.stopped) {
      try {
        this.nudged = false;
        const moved = await this.relayBatch();
        if (paused) this.logger.log('Relay resumed: moving the waiting outbox rows to the queues');
        paused = false;
        if (moved === this.config.outboxBatchSize) continue;
      } catch (error) {
        if (!paused) this.logger.warn(`Relay paused (${(error as Error).message}); events wait in the outbox`);
        paused = true;
      }
      await this.sleep(this.config.outboxPollMs);
    }
  }

  private sleep(ms: number) {
    if (this.stopped || this.nudged) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** LISTEN on a connection of its own; polling keeps the relay going while this is down. */
  private async listen() {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.runtime.databaseUrl });
    let retrying = false;
    const retry = () => {
      if (retrying) return;
      retrying = true;
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), this.config.outboxPollMs * 5).unref();
    };
    client.on('notification', () => {
      this.nudged = true;
      this.wake?.();
    });
    client.on('error', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
      if (this.stopped) await client.end();
    } catch {
      retry();
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
