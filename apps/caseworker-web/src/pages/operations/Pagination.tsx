import { Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '@meedoen/web';
import { useLocation } from 'react-router';
import { useCaseworkerT } from '../../messages';

export const PAGE_PARAM = 'pagina';

/** The page number from the address (?pagina=2), 1 when missing or wrong. */
export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get(PAGE_PARAM));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** Links to the previous and next page of a list; the page lives in the address, so it can be shared and reloaded. */
export function Pagination({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const t = useCaseworkerT();
  const { pathname, search } = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const linkTo = (target: number) => {
    const params = new URLSearchParams(search);
    params.set(PAGE_PARAM, String(target));
    return `${pathname}?${params}`;
  };
  return (
    <nav aria-label={t('ops.pagination')} className="ops-pagination">
      {page > 1 && <RouterLink to={linkTo(page - 1)}>{t('ops.previousPage')}</RouterLink>}
      <Paragraph>{t('ops.pageOf', { page, pages })}</Paragraph>
      {page < pages && <RouterLink to={linkTo(page + 1)}>{t('ops.nextPage')}</RouterLink>}
    </nav>
  );
}
