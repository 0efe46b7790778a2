import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../common/problem';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { definedOnly } from '../vacancies/vacancy-input';
import { checkCriteria } from '../vacancies/vacancy-search.service';
import { CreateSavedSearchRequest } from './dto/saved-search.dto';
import { SavedSearch } from './saved-search.entity';

export const MAX_SAVED_SEARCHES = 20;

/** A seeker's saved searches; sending their alerts belongs to the notifications feature. */
@Injectable()
export class SavedSearchesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(request: CreateSavedSearchRequest, actor: AuthenticatedUser): Promise<SavedSearch> {
    checkCriteria(request.criteria);
    const repository = this.dataSource.getRepository(SavedSearch);
    if ((await repository.countBy({ seekerUserId: actor.id })) >= MAX_SAVED_SEARCHES) {
      throw conflict(`You can keep at most ${MAX_SAVED_SEARCHES} saved searches: delete one first.`);
    }
    const { q, kind, hoursMin, hoursMax, postcode, radiusKm, skills } = request.criteria;
    return repository.save(
      repository.create({
        seekerUserId: actor.id,
        name: request.name,
        criteria: definedOnly({ q, kind, hoursMin, hoursMax, postcode, radiusKm, skills }),
        alert: request.alert,
      }),
    );
  }

  list(actor: AuthenticatedUser): Promise<SavedSearch[]> {
    return this.dataSource.getRepository(SavedSearch).find({ where: { seekerUserId: actor.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async remove(id: string, actor: AuthenticatedUser): Promise<void> {
    const { affected } = await this.dataSource.getRepository(SavedSearch).delete({ id, seekerUserId: actor.id });
    if (!affected) throw notFound('The saved search');
  }
}
