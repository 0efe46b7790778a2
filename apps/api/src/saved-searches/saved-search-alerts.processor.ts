import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { DIGEST_TIME_ZONE } from '../notifications/digest-sender';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { scheduleRepeatableEvent } from '../outbox/repeatable-events';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { VacancySearchIndexer } from '../search/vacancy-search-indexer';
import { publishedVacancyOf } from '../vacancies/published-vacancy';
import type { VacancyPublished } from '../vacancies/vacancy-events';
import { SAVED_SEARCH_VACANCY_PUBLISHED, SavedSearchRunner, searchPageLink, SEND_SAVED_SEARCH_ALERTS } from './saved-search-alerts';
import { AlertFrequency, SavedSearch } from './saved-search.entity';

type PeriodicFrequency = Extract<AlertFrequency, 'daily' | 'weekly'>;
/** Just before the e-mail digests of 8:00, so that alerts going into a digest are in it. */
export const SAVED_SEARCH_SCHEDULES: Record<PeriodicFrequency, string> = { daily: '50 7 * * *', weekly: '50 7 * * 1' };
const BATCH = 500;
/** Below every uuid: where paging through the saved searches by id starts. */
const BEFORE_FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** The saved searches with this alert choice, a batch at a time in id order. */
async function* savedSearchPages(dataSource: DataSource, alert: AlertFrequency): AsyncGenerator<SavedSearch[]> {
  for (let after = BEFORE_FIRST_ID; ; ) {
    const searches = await dataSource.getRepository(SavedSearch).find({ where: { alert, id: MoreThan(after) }, order: { id: 'ASC' }, take: BATCH });
    if (searches.length === 0) return;
    after = searches.at(-1)!.id;
    yield searches;
  }
}

/** Instant saved-search alerts when a vacancy is published. */
@Injectable()
export class SavedSearchInstantAlerts implements EventProcessor<VacancyPublished>, OnModuleInit {
  readonly type = SAVED_SEARCH_VACANCY_PUBLISHED;

  constructor(
    private readonly processors: EventProcessors,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: SavedSearchRunner,
    private readonly searchIndexer: VacancySearchIndexer,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  /** One alert per seeker and vacancy, however many of their searches it matches (the job id keys it). */
  async process(job: OutboxJob<VacancyPublished>): Promise<void> {
    const vacancy = await publishedVacancyOf(this.dataSource, job.payload);
    if (!vacancy?.publishedAt) return;
    // The API indexes right after its commit; doing it here too makes sure the search below sees the vacancy.
    await this.searchIndexer.refresh([vacancy.id]);
    const justBefore = new Date(vacancy.publishedAt.getTime() - 1);
    for await (const searches of savedSearchPages(this.dataSource, 'instant')) {
      const matching: SavedSearch[] = [];
      for (const search of searches) {
        if ((await this.runner.newSince(search.criteria, justBefore)).some((hit) => hit.id === vacancy.id)) matching.push(search);
      }
      await this.dataSource.transaction(async (manager) => {
        for (const search of matching) {
          await this.notifier.notify(manager, {
            key: job.id,
            recipientIds: [search.seekerUserId],
            template: 'saved-search-match',
            params: { vacancyTitle: vacancy.title, employerName: vacancy.employer.name, searchName: search.name },
            link: searchPageLink(search.criteria),
          });
        }
      });
    }
  }
}

export interface SavedSearchAlertsRun {
  frequency: PeriodicFrequency;
}

/** Daily and weekly saved-search alerts: one message per search with what was published since the last one. */
@Injectable()
export class SavedSearchPeriodicAlerts implements EventProcessor<SavedSearchAlertsRun>, OnModuleInit, OnApplicationBootstrap {
  readonly type = SEND_SAVED_SEARCH_ALERTS;
  private readonly logger = new Logger('SavedSearchAlerts');

  constructor(
    private readonly processors: EventProcessors,
    private readonly queues: BullQueues,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: SavedSearchRunner,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  onApplicationBootstrap() {
    for (const [frequency, pattern] of Object.entries(SAVED_SEARCH_SCHEDULES)) {
      scheduleRepeatableEvent(
        this.queues,
        {
          queue: QUEUES.events,
          schedulerId: `saved-searches-${frequency}`,
          repeat: { pattern, tz: DIGEST_TIME_ZONE },
          type: SEND_SAVED_SEARCH_ALERTS,
          payload: { frequency },
          description: `the ${frequency} saved-search alerts`,
        },
        this.logger,
      );
    }
  }

  async process(job: OutboxJob<SavedSearchAlertsRun>): Promise<void> {
    await this.sendAll(job.payload.frequency, job.id);
  }

  /**
   * Each search remembers when it last alerted: a retried run finds nothing new for the searches it did
   * (and the run key keeps their messages single). Returns how many searches had news.
   */
  async sendAll(frequency: PeriodicFrequency, runKey: string): Promise<number> {
    let told = 0;
    for await (const searches of savedSearchPages(this.dataSource, frequency)) {
      for (const search of searches) {
        const startedAt = new Date();
        const hits = await this.runner.newSince(search.criteria, search.lastAlertedAt ?? search.createdAt);
        await this.dataSource.transaction(async (manager) => {
          if (hits.length > 0) {
            await this.notifier.notify(manager, {
              key: `saved-search:${search.id}:${runKey}`,
              recipientIds: [search.seekerUserId],
              template: 'saved-search-new-vacancies',
              params: { searchName: search.name, count: hits.length, titles: hits.slice(0, 3).map((hit) => hit.title).join(', ') },
              link: searchPageLink(search.criteria),
            });
          }
          await manager.getRepository(SavedSearch).update(search.id, { lastAlertedAt: startedAt });
        });
        if (hits.length > 0) told++;
      }
    }
    return told;
  }
}
