import { Paragraph } from '@utrecht/component-library-react';
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
import { LinkCard } from '../components/LinkCard';
import { useFormatDate } from '../components/format';
import { Pager, usePageParam } from '../components/Pager';
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
  const [page, setPage] = usePageParam();
  const query = [FILTERS[filter] ?? '', `page=${page}`, `pageSize=${PAGE_SIZE}`].filter(Boolean).join('&');
  const vacancies = useApiQuery<VacancyListResponse>(employerId ? `/employers/${employerId}/vacancies?${query}` : null);

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
        onChange={(value) => setParams({ toon: value, pagina: '1' })}
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
              <LinkCard
                key={vacancy.id}
                to={`/vacatures/${vacancy.id}`}
                title={vacancy.title}
                extra={
                  <Paragraph>
                    <StatusTag status={vacancy.status} /> {shared(`vacancyKind.${vacancy.kind}` as SharedMessageKey)}
                    {' · '}
                    {shared('hours.range', { min: vacancy.hoursMin, max: vacancy.hoursMax })}
                  </Paragraph>
                }
              >
                {t('vacancies.updated', { date: formatDate(vacancy.updatedAt) })}
              </LinkCard>
            ))}
          </ul>
          <Pager page={page} total={vacancies.data.total} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </>
  );
}
