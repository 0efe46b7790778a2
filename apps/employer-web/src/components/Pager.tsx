import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useEmployerT } from '../messages';

/** The page number kept in the address (?pagina=2), so back and reload keep the place. */
export function usePageParam(): [number, (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const setPage = (next: number) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('pagina', String(next));
      return updated;
    });
  return [page, setPage];
}

/** Previous and next page buttons, with where you are in words; nothing when everything fits on one page. */
export function Pager({ page, total, pageSize, onChange }: { page: number; total: number; pageSize: number; onChange: (page: number) => void }) {
  const t = useEmployerT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pager.label')}>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onChange(page - 1)}>
          {t('pager.previous')}
        </Button>
        <Paragraph>{t('pager.position', { page, pages })}</Paragraph>
        <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onChange(page + 1)}>
          {t('pager.next')}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
