import { ErrorState, LoadingState, PageHeading, type QueryState } from '@meedoen/web';

/** A page whose main data is not there yet: its heading with the loading or error state below. */
export function PendingPage({ title, query }: { title: string; query: QueryState<unknown> & { reload: () => void } }) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {query.status === 'error' ? <ErrorState problem={query.problem} onRetry={query.reload} /> : <LoadingState />}
    </>
  );
}
