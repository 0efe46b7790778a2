import { useApiQuery } from '../api';
import type { MunicipalitySummary } from './municipality-theme';

/** The municipality with this code, once the list is loaded; undefined while loading, on error or without code. */
export function useMunicipality(code: string | null | undefined): MunicipalitySummary | undefined {
  const query = useApiQuery<{ items: MunicipalitySummary[] }>(code ? '/municipalities' : null);
  return query.status === 'success' ? query.data.items.find((municipality) => municipality.code === code) : undefined;
}
