import { ErrorState, LoadingState, PageHeading, type QueryState } from '@meedoen/web';
import type { ReactNode } from 'react';

/** A detail page: waits for its one main resource; if that fails, a plain heading and the reason instead of a blank page. */
export function LoadedPage<T>({ query, title, children }: { query: QueryState<T> & { reload: () => void }; title: string; children: (data: T) => ReactNode }) {
  if (query.status === 'error') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ErrorState problem={query.problem} onRetry={query.reload} />
      </>
    );
  }
  if (query.status !== 'success') return <LoadingState />;
  return children(query.data);
}
