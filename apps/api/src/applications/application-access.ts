import type { AuthenticatedUser } from '../sessions/authenticated-user';
import type { SelectQueryBuilder } from 'typeorm';

/**
 * Who sees which applications (and invitations): the seeker its own, an employer those for its own vacancies,
 * a caseworker those of its municipality's residents. Expects aliases `vacancy` and `seeker` in the query.
 */
export function restrictToReader<T extends object>(query: SelectQueryBuilder<T>, seekerColumn: string, actor: AuthenticatedUser): SelectQueryBuilder<T> {
  if (actor.role === 'seeker') return query.andWhere(`${seekerColumn} = :readerId`, { readerId: actor.id });
  if (actor.role === 'employer') return query.andWhere('vacancy.employerId = :readerEmployerId', { readerEmployerId: actor.employerId });
  if (actor.role === 'caseworker') return query.andWhere('seeker.municipalityCode = :readerMunicipality', { readerMunicipality: actor.municipalityCode });
  return query.andWhere('false');
}
