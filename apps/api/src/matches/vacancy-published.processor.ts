import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { VACANCY_PUBLISHED, type VacancyPublished } from '../vacancies/vacancy-events';
import { publishedVacancyOf } from '../vacancies/published-vacancy';
import { MatchingIndexes } from './matching-indexes';
import { vacancyInputOf } from './matching-input';

/** More alerts than this for one vacancy would be noise: the best-fitting residents are told. */
const MOST_ALERTS_PER_VACANCY = 2_000;

/**
 * A vacancy went live: every resident it matches hears about it once, if the match reaches the threshold they
 * chose (the notifier compares). Residents with a hidden profile asked not to be matched, so they are not told.
 */
@Injectable()
export class VacancyPublishedProcessor implements EventProcessor<VacancyPublished>, OnModuleInit {
  readonly type = VACANCY_PUBLISHED;

  constructor(
    private readonly processors: EventProcessors,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexes: MatchingIndexes,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  async process(job: OutboxJob<VacancyPublished>): Promise<void> {
    const vacancy = await publishedVacancyOf(this.dataSource, job.payload);
    if (!vacancy) return;
    const ranking = await this.indexes.rankSeekersForVacancy(vacancyInputOf(vacancy), 'caseworker', 'all', {
      limit: MOST_ALERTS_PER_VACANCY,
      nearMissLimit: 0,
      asOf: new Date().toISOString().slice(0, 10),
    });
    const params = { vacancyTitle: vacancy.title, employerName: vacancy.employer.name, place: vacancy.city ?? vacancy.employer.city ?? '' };
    // One notify call per score, not per resident: the score is what each recipient's threshold is compared with.
    const seekersByScore = new Map<number, string[]>();
    for (const match of ranking.matches) seekersByScore.set(match.score, [...(seekersByScore.get(match.score) ?? []), match.seekerId]);
    await this.dataSource.transaction(async (manager) => {
      for (const [matchScore, recipientIds] of seekersByScore) {
        await this.notifier.notify(manager, { key: job.id, recipientIds, template: 'vacancy-match', params, matchScore, link: '/werkzoekenden/voor-jou' });
      }
    });
  }
}
