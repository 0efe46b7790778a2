import { useSearchParams } from 'react-router';

/** Filters kept in the address bar, so a filtered list can be shared, bookmarked and gone back to; a new filter starts at page 1. */
export function useUrlFilters<Name extends string>(defaults: Partial<Record<Name, string>> = {}) {
  const [params, setParams] = useSearchParams();
  const value = (name: Name) => params.get(name) ?? defaults[name] ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const setFilter = (name: Name | 'page', next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set(name, next);
    else updated.delete(name);
    if (name !== 'page') updated.delete('page');
    // At once rather than in a transition: a checkbox or select bound to the address must show its new state when used.
    setParams(updated, { flushSync: true });
  };
  return { value, page, setFilter, setPage: (next: number) => setFilter('page', String(next)) };
}
