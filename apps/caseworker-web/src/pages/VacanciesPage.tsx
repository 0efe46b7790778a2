import { Paragraph } from '@utrecht/component-library-react';
import {
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  SelectField,
  useApiQuery,
  useAuth,
  type MunicipalityListResponse,
  type VacancySearchResponse,
} from '@meedoen/web';
import { ResultTable } from '../components/ResultTable';
import { SearchForm } from '../components/SearchForm';
import { useUrlFilters } from '../components/useUrlFilters';
import { queryString, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const PAGE_SIZE = 50;
const KINDS = ['regular', 'work-experience', 'trial-placement', 'community-job', 'volunteer', 'training', 'day-activity'] as const;

/** The open vacancies of the caseworker's region (all municipalities of it), newest first unless searching. */
export function VacanciesPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { user } = useAuth();
  const { value, page, setFilter, setPage } = useUrlFilters<'q' | 'kind'>();
  const q = value('q');
  const kind = value('kind');
  const municipalities = useApiQuery<MunicipalityListResponse>('/municipalities');
  const region = municipalities.status === 'success' ? municipalities.data.items.find((municipality) => municipality.code === user?.municipalityCode)?.region : undefined;
  const codes = municipalities.status === 'success' && region ? municipalities.data.items.filter((municipality) => municipality.region === region).map((municipality) => municipality.code) : [];
  const vacancies = useApiQuery<VacancySearchResponse>(
    municipalities.status === 'success'
      ? `/vacancies${queryString({ q: q || undefined, kind: kind || undefined, municipality: codes.join(',') || undefined, sort: q ? 'relevance' : 'newest', page, pageSize: PAGE_SIZE })}`
      : null,
  );

  return (
    <>
      <PageHeading>{t('section.vacancies')}</PageHeading>
      <Paragraph>{region ? t('vacancies.intro', { region }) : t('vacancies.introAll')}</Paragraph>
      <SearchForm label={t('vacancies.searchLabel')} fieldLabel={t('vacancies.search')} initial={q} onSearch={(text) => setFilter('q', text)} />
      <div className="regie-filters">
        <SelectField
          name="kind"
          label={t('vacancy.kind')}
          placeholder={t('caseload.all')}
          options={KINDS.map((value) => ({ value, label: t(`vacancyKind.${value}`) }))}
          value={kind}
          onChange={(next) => setFilter('kind', next)}
          required
        />
      </div>
      {municipalities.status === 'loading' && <LoadingState />}
      {municipalities.status === 'error' && <ErrorState problem={municipalities.problem} onRetry={municipalities.reload} />}
      <ResultTable
        query={vacancies}
        caption={t('section.vacancies')}
        columns={[
          { header: t('vacancies.vacancy'), cell: (vacancy) => <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink> },
          { header: t('vacancy.employer'), cell: (vacancy) => vacancy.employer.name },
          { header: t('vacancy.kind'), cell: (vacancy) => t(`vacancyKind.${vacancy.kind}`) },
          { header: t('vacancy.place'), cell: (vacancy) => vacancy.city ?? t('profile.unknown') },
          { header: t('profile.hours'), cell: (vacancy) => t('hours.range', { min: vacancy.hoursMin, max: vacancy.hoursMax }) },
          { header: t('vacancies.published'), cell: (vacancy) => format.date(vacancy.publishedAt) },
        ]}
        rowKey={(vacancy) => vacancy.id}
        count={(count) => t('vacancies.count', { count })}
        empty={t('vacancies.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </>
  );
}
