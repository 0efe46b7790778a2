import { Inject, Injectable } from '@nestjs/common';
import { geocodePostcode } from '../common/geocode';
import { todayInNetherlands } from '../common/validators';
import { SEARCH_ENGINE, SearchEngine, VacancySearchHit } from '../search/search-engine';
import { SavedCriteria } from './saved-search.entity';

/** Newer vacancies than this many in one alert are left for the search page itself. */
const MOST_PER_ALERT = 50;

/** Outbox event beside 'vacancy.published': tells the owners of instant saved searches that match. */
export const SAVED_SEARCH_VACANCY_PUBLISHED = 'saved-searches.vacancy-published';
/** Repeatable jobs: the daily and weekly saved-search alerts. */
export const SEND_SAVED_SEARCH_ALERTS = 'saved-searches.send-alerts';

/** The seeker's search page with the saved filters, as GET /vacancies takes them. */
export function searchPageLink(criteria: SavedCriteria): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(criteria)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  }
  const text = query.toString();
  return `/werkzoekenden/zoeken${text ? `?${text}` : ''}`;
}

/** Runs a saved search on the configured search engine, as GET /vacancies would, newest first. */
@Injectable()
export class SavedSearchRunner {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  /** The vacancies of this search published after `since`, newest first. */
  async newSince(criteria: SavedCriteria, since: Date): Promise<VacancySearchHit[]> {
    const { q, kind, hoursMin, hoursMax, postcode, radiusKm, skills } = criteria;
    const place = postcode ? geocodePostcode(postcode, 'postcode') : null;
    const result = await this.engine.search({
      text: q,
      kinds: kind,
      hoursMin,
      hoursMax,
      skillIds: skills,
      near: place ? { lat: place.latitude, lon: place.longitude, radiusKm } : undefined,
      sort: 'newest',
      page: 1,
      pageSize: MOST_PER_ALERT,
      today: todayInNetherlands(),
    });
    return result.hits.filter((hit) => new Date(hit.publishedAt) > since);
  }
}
