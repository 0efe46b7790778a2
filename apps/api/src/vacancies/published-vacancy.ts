import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import type { VacancyPublished } from './vacancy-events';
import { Vacancy } from './vacancy.entity';

/**
 * The vacancy of a published-event with its employer, or null when it is no longer live (nobody is told then).
 * A vacancy that is gone makes the job fail for good: retrying cannot bring it back.
 */
export async function publishedVacancyOf(dataSource: DataSource, event: VacancyPublished): Promise<Vacancy | null> {
  const vacancy = await dataSource.getRepository(Vacancy).findOne({ where: { id: event.vacancyId }, relations: { employer: true } });
  if (!vacancy) throw new UnrecoverableError(`vacancy ${event.vacancyId} no longer exists`);
  return vacancy.status === 'published' ? vacancy : null;
}
