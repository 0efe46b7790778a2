import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { todayInNetherlands } from '../common/validators';
import { Notifier } from '../notifications/notifier';
import { EventProcessor, EventProcessors } from '../outbox/event-processors';
import { scheduleRepeatableEvent } from '../outbox/repeatable-events';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { VacancySearchIndexer } from '../search/vacancy-search-indexer';
import { User } from '../users/user.entity';
import { VacancyEvent } from './vacancy-event.entity';

export const CLOSE_EXPIRED_VACANCIES = 'vacancies.close-expired';
/** Every hour, five past, Dutch time: a vacancy closes soon after the night its close date passed. */
export const EXPIRY_SCHEDULE = { pattern: '5 * * * *', tz: 'Europe/Amsterdam' };
/** The history names no person for what the product does itself. */
export const SYSTEM_ACTOR_ROLE = 'system';
const BATCH = 200;

/**
 * Closes published and paused vacancies whose close date has passed (a repeatable job in the worker), records
 * the system as the actor in their history, and tells everyone who works for the employer.
 */
@Injectable()
export class VacancyExpiryProcessor implements EventProcessor, OnModuleInit, OnApplicationBootstrap {
  readonly type = CLOSE_EXPIRED_VACANCIES;
  private readonly logger = new Logger('VacancyExpiry');

  constructor(
    private readonly processors: EventProcessors,
    private readonly queues: BullQueues,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly searchIndexer: VacancySearchIndexer,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  onApplicationBootstrap() {
    scheduleRepeatableEvent(
      this.queues,
      {
        queue: QUEUES.events,
        schedulerId: CLOSE_EXPIRED_VACANCIES,
        repeat: EXPIRY_SCHEDULE,
        type: CLOSE_EXPIRED_VACANCIES,
        payload: {},
        description: 'the expiry of vacancies',
      },
      this.logger,
    );
  }

  async process(): Promise<void> {
    await this.closeExpired();
  }

  /** Returns the ids of the vacancies it closed. Safe to run twice or side by side: a closed vacancy is not picked again. */
  async closeExpired(today = todayInNetherlands()): Promise<string[]> {
    const closed: string[] = [];
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const expired: { id: string; title: string; employer_id: string; status: string; closes_on: string }[] = await manager.query(
          `SELECT id, title, employer_id, status, closes_on::text FROM vacancy
            WHERE status IN ('published', 'paused') AND closes_on < $1::date
            ORDER BY closes_on, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [today, BATCH],
        );
        const ids = expired.map((vacancy) => vacancy.id);
        if (ids.length === 0) return ids;
        await manager.query(`UPDATE vacancy SET status = 'closed', updated_at = now() WHERE id = ANY($1)`, [ids]);
        await manager.getRepository(VacancyEvent).insert(
          expired.map((vacancy) => ({ vacancyId: vacancy.id, actorUserId: null, actorRole: SYSTEM_ACTOR_ROLE, action: 'status-changed' as const, fromStatus: vacancy.status, toStatus: 'closed' })),
        );
        const people = await manager.getRepository(User).find({ where: { employerId: In([...new Set(expired.map((vacancy) => vacancy.employer_id))]) }, select: { id: true, employerId: true } });
        for (const vacancy of expired) {
          await this.notifier.notify(manager, {
            key: `vacancy-expired:${vacancy.id}`,
            recipientIds: people.filter((person) => person.employerId === vacancy.employer_id).map((person) => person.id),
            template: 'vacancy-expired',
            params: { vacancyTitle: vacancy.title, closesOn: vacancy.closes_on },
            link: `/werkgevers/vacatures/${vacancy.id}`,
          });
        }
        await this.searchIndexer.syncLater(manager, ids);
        return ids;
      });
      if (batch.length === 0) break;
      closed.push(...batch);
    }
    if (closed.length > 0) this.logger.log(`closed ${closed.length} vacancies whose close date passed`);
    return closed;
  }
}
