import { Table, TableCaption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useCaseworkerT } from '../../messages';

/**
 * A table that scrolls sideways on a small screen instead of breaking the page; the scroll area is focusable,
 * so keyboard users can scroll it too.
 */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  const t = useCaseworkerT();
  return (
    <div className="ops-table-scroll" role="region" aria-label={t('ops.scrollTable', { caption })} tabIndex={0}>
      <Table className="ops-table">
        <TableCaption className="ops-table__caption">{caption}</TableCaption>
        {children}
      </Table>
    </div>
  );
}
