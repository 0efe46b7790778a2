import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterButtonLink,
  RouterLink,
  SelectField,
  useApiQuery,
  useT,
  type SharedMessageKey,
  type VacancyListResponse,
} from '@meedoen/web';
import { useSearchParams } from 'react-router';
import { Flash, useFlash } from '../components/Flash';
import { useFormatDate } from '../components/format';
import { StatusTag } from '../components/StatusTag';
import { useEmployer } from '../components/useEmployer';
import { useEmployerT } from '../messages';

const FILTERS = {
  all: '',
  open: 'status=published&status=paused',
  draft: 'status=draft',
  old: 'status=filled&status=closed',
} as const;
type Filter = keyof typeof FILTERS;
const PAGE_SIZE = 20;

export function VacanciesPage() {
  const t = useEmployerT();
  const shared = useT();
  const formatDate = useFormatDate();
  const { employerId } = useEmployer();
  const [flash] = useFlash();
  const [params, setParams] = useSearchParams();
  const filter = (params.get('toon') ?? 'all') as Filter;
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const query = [FILTERS[filter] ?? '', `page=${page}`, `pageSize=${PAGE_SIZE}`].filter(Boolean).join('&');
  const vacancies = useApiQuery<VacancyListResponse>(employerId ? `/employers/${employerId}/vacancies?${query}` : null);
  const pages = vacancies.status === 'success' ? Math.max(1, Math.ceil(vacancies.data.total / PAGE_SIZE)) : 1;
  const go = (next: { toon?: string; pagina?: number }) =>
    setParams({ toon: next.toon ?? filter, pagina: String(next.pagina ?? page) });

  return (
    <>
      <PageHeading>{t('vacancies.title')}</PageHeading>
      <Flash message={flash} />
      <Paragraph>{t('vacancies.intro')}</Paragraph>
      <RouterButtonLink to="/vacatures/nieuw">{t('vacancies.new')}</RouterButtonLink>
      <SelectField
        name="filter"
        label={t('vacancies.filterLabel')}
        required
        options={(Object.keys(FILTERS) as Filter[]).map((value) => ({ value, label: t(`vacancies.filter.${value}`) }))}
        value={filter}
        onChange={(value) => go({ toon: value, pagina: 1 })}
      />
      {vacancies.status === 'loading' && <LoadingState />}
      {vacancies.status === 'error' && <ErrorState problem={vacancies.problem} onRetry={vacancies.reload} />}
      {vacancies.status === 'success' && vacancies.data.items.length === 0 && (
        <EmptyState message={t('vacancies.empty')} action={<RouterLink to="/vacatures/nieuw">{t('vacancies.new')}</RouterLink>} />
      )}
      {vacancies.status === 'success' && vacancies.data.items.length > 0 && (
        <>
          <Paragraph>{t('vacancies.total', { count: vacancies.data.total })}</Paragraph>
          <ul className="meedoen-card-list employer-vacancy-list">
            {vacancies.data.items.map((vacancy) => (
              <li key={vacancy.id} className="meedoen-card">
                <Heading level={2} className="meedoen-card__title">
                  <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink>
                </Heading>
                <Paragraph>
                  <StatusTag status={vacancy.status} /> {shared(`vacancyKind.${vacancy.kind}` as SharedMessageKey)}
                  {' · '}
                  {shared('hours.range', { min: vacancy.hoursMin, max: vacancy.hoursMax })}
                </Paragraph>
                <Paragraph className="meedoen-card__description">{t('vacancies.updated', { date: formatDate(vacancy.updatedAt) })}</Paragraph>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label={t('vacancies.page', { page, pages })}>
              <ButtonGroup>
                <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => go({ pagina: page - 1 })}>
                  {t('vacancies.previousPage')}
                </Button>
                <Paragraph>{t('vacancies.page', { page, pages })}</Paragraph>
                <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => go({ pagina: page + 1 })}>
                  {t('vacancies.nextPage')}
                </Button>
              </ButtonGroup>
            </nav>
          )}
        </>
      )}
    </>
  );
}
