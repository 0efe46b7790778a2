import { Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, type QueryState } from '@meedoen/web';
import { useId, type ReactNode } from 'react';
import { Pagination } from './Pagination';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

export interface ResultTableProps<T> {
  query: QueryState<{ items: T[]; total: number }> & { reload: () => void };
  /** Read by screen readers only: what the table lists. */
  caption: string;
  /** The first column heads its row (a name or a title, usually a link). */
  columns: readonly Column<T>[];
  rowKey: (item: T) => string;
  /** "12 found", announced when the results change. */
  count: (total: number) => string;
  empty: string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** A dense, paged result list with its loading, error and empty states; at 360 px the table scrolls sideways in its own region. */
export function ResultTable<T>({ query, caption, columns, rowKey, count, empty, page, pageSize, onPage }: ResultTableProps<T>) {
  const captionId = useId();
  const [first, ...rest] = columns;
  return (
    <>
      <div aria-live="polite">{query.status === 'success' && <Paragraph>{count(query.data.total)}</Paragraph>}</div>
      {query.status === 'loading' && <LoadingState />}
      {query.status === 'error' && <ErrorState problem={query.problem} onRetry={query.reload} />}
      {query.status === 'success' &&
        (query.data.items.length === 0 ? (
          <EmptyState message={empty} />
        ) : (
          <>
            <div className="regie-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="regie-table">
                <caption id={captionId} className="regie-visually-hidden">
                  {caption}
                </caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th scope="col" key={column.header}>
                        {column.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((item) => (
                    <tr key={rowKey(item)}>
                      <th scope="row">{first.cell(item)}</th>
                      {rest.map((column) => (
                        <td key={column.header}>{column.cell(item)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={pageSize} total={query.data.total} onPage={onPage} />
          </>
        ))}
    </>
  );
}
