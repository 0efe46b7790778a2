import type { SearchCriteria } from '@meedoen/web';

type Kind = NonNullable<SearchCriteria['kind']>[number];

/** The search lives in the address (?q=&kind=&…), so back, reload, links and saved searches all give the same results. */
export function criteriaFromParams(params: URLSearchParams): SearchCriteria {
  const number = (name: string) => {
    const value = params.get(name);
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const criteria: SearchCriteria = {
    q: params.get('q') || undefined,
    kind: params.getAll('kind').length > 0 ? (params.getAll('kind') as Kind[]) : undefined,
    hoursMin: number('hoursMin'),
    hoursMax: number('hoursMax'),
    postcode: params.get('postcode') || undefined,
    radiusKm: number('radiusKm'),
    skills: params.getAll('skills').length > 0 ? params.getAll('skills') : undefined,
  };
  return Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== undefined)) as SearchCriteria;
}

export function paramsFromCriteria(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(criteria)) {
    if (Array.isArray(value)) value.forEach((item) => params.append(name, String(item)));
    else if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}
