import { getMunicipality, haversineKm, isKnownSkill, occupationLabel } from '@meedoen/shared';
import { Inject, Injectable } from '@nestjs/common';
import { geocodePostcode } from '../common/geocode';
import { badRequest, unprocessable } from '../common/problem';
import { todayInNetherlands } from '../common/validators';
import { FacetCounts, HOURS_BANDS, HoursBand, SEARCH_ENGINE, SearchEngine, VacancySearchHit } from '../search/search-engine';
import type { Language } from '../users/user.entity';
import { SearchCriteria, VacancySearchQueryDto } from './dto/vacancy-search.query';
import { FacetValueResponse, VacancySearchResponse, VacancySummaryResponse } from './dto/vacancy-search.response';
import { HOURS_BAND_LABELS, VACANCY_KIND_LABELS } from './vacancy-labels';

/** GET /vacancies: checks the filters, asks the configured search engine and shapes the answer. */
@Injectable()
export class VacancySearchService {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async search(query: VacancySearchQueryDto, language: Language): Promise<VacancySearchResponse> {
    const near = checkCriteria(query);
    if (query.sort === 'distance' && !near) throw badRequest('sort', 'distance needs a postcode');
    const result = await this.engine.search({
      text: query.q,
      kinds: query.kind,
      hoursMin: query.hoursMin,
      hoursMax: query.hoursMax,
      skillIds: query.skills,
      municipalityCodes: query.municipality,
      near: near ?? undefined,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
      today: todayInNetherlands(),
    });
    return {
      items: result.hits.map((hit) => summaryOf(hit, language, near)),
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: {
        kind: facetValues(result.facets.kind, (kind) => VACANCY_KIND_LABELS[kind as keyof typeof VACANCY_KIND_LABELS]?.[language] ?? kind),
        hoursBand: facetValues(result.facets.hoursBand, (band) => HOURS_BAND_LABELS[band as HoursBand]?.[language] ?? band, HOURS_BANDS),
        municipality: facetValues(result.facets.municipalityCode, (code) => getMunicipality(code)?.displayName ?? code),
      },
    };
  }
}

/** Checks what the DTO cannot (known skills, a known postcode area, radius with a postcode); returns the centre. */
export function checkCriteria(criteria: SearchCriteria): { lat: number; lon: number; radiusKm?: number } | null {
  if (criteria.radiusKm !== undefined && !criteria.postcode) throw badRequest('radiusKm', 'needs a postcode');
  criteria.skills?.forEach((skillId, index) => {
    if (!isKnownSkill(skillId)) throw unprocessable(`skills[${index}]`, `${skillId.slice(0, 60)} is not a skill of the taxonomy`);
  });
  if (!criteria.postcode) return null;
  const place = geocodePostcode(criteria.postcode, 'postcode');
  return { lat: place.latitude, lon: place.longitude, radiusKm: criteria.radiusKm };
}

function summaryOf(hit: VacancySearchHit, language: Language, near: { lat: number; lon: number } | null): VacancySummaryResponse {
  return {
    id: hit.id,
    title: hit.title,
    teaser: hit.teaser,
    kind: hit.kind,
    occupation: hit.occupationId ? { id: hit.occupationId, label: (occupationLabel(hit.occupationId, language) ?? hit.occupationId) } : null,
    employer: { id: hit.employerId, name: hit.employerName },
    city: hit.city,
    municipalityCode: hit.municipalityCode,
    hoursMin: hit.hoursMin,
    hoursMax: hit.hoursMax,
    workplace: hit.workplace,
    skillIds: hit.skillIds,
    publishedAt: hit.publishedAt,
    closesOn: hit.closesOn,
    distanceKm: near && hit.location ? Math.round(haversineKm(near, hit.location) * 10) / 10 : null,
    latitude: hit.location?.lat ?? null,
    longitude: hit.location?.lon ?? null,
  };
}

function facetValues(counts: FacetCounts, label: (value: string) => string, order?: readonly string[]): FacetValueResponse[] {
  const values = Object.entries(counts).map(([value, count]) => ({ value, label: label(value), count }));
  return order ? values.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)) : values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
