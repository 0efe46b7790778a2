import { Table, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useCaseworkerT } from '../../messages';

/**
 * A table that scrolls sideways on a small screen instead of breaking the page; the scroll area is focusable,
 * so keyboard users can scroll it too. `columns` are the column headings; `children` the table body.
 */
export function ScrollTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  const t = useCaseworkerT();
  return (
    <div className="ops-table-scroll" role="region" aria-label={t('ops.scrollTable', { caption })} tabIndex={0}>
      <Table className="ops-table">
        <TableCaption className="ops-table__caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        {children}
      </Table>
    </div>
  );
}
