import { Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, type QueryState } from '@meedoen/web';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination';

const PAGE_PARAM = 'pagina';

/** The page number from the address (?pagina=2), 1 when missing or wrong. */
export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get(PAGE_PARAM));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export interface PagedResultsProps<T> {
  query: QueryState<{ items: T[]; total: number }> & { reload: () => void };
  page: number;
  pageSize: number;
  /** Shown when nothing matches. */
  empty: string;
  /** "12 found", announced when the results change. */
  count: (total: number) => string;
  /** The found items of this page, usually as a ScrollTable. */
  children: (items: T[]) => ReactNode;
}

/** One page of a list from the API with its loading, error and empty states, how many were found, and links to the other pages. */
export function PagedResults<T>({ query, page, pageSize, empty, count, children }: PagedResultsProps<T>) {
  // The page lives in the address, so a page of the list can be shared and reloaded.
  const [, setParams] = useSearchParams();
  const showPage = (target: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(PAGE_PARAM, String(target));
      return next;
    });
  return (
    <>
      {query.status === 'loading' && <LoadingState />}
      {query.status === 'error' && <ErrorState problem={query.problem} onRetry={query.reload} />}
      {query.status === 'success' && query.data.total === 0 && <EmptyState message={empty} />}
      {query.status === 'success' && query.data.total > 0 && (
        <>
          <Paragraph role="status">{count(query.data.total)}</Paragraph>
          {children(query.data.items)}
          <Pagination page={page} pageSize={pageSize} total={query.data.total} onPage={showPage} />
        </>
      )}
    </>
  );
}
