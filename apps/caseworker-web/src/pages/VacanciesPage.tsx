import { Button, Paragraph } from '@utrecht/component-library-react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  SelectField,
  TextField,
  useApiQuery,
  useAuth,
  type MunicipalityListResponse,
  type VacancySearchResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../components/Pagination';
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
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(q);
  const municipalities = useApiQuery<MunicipalityListResponse>('/municipalities');
  const region = municipalities.status === 'success' ? municipalities.data.items.find((municipality) => municipality.code === user?.municipalityCode)?.region : undefined;
  const codes = municipalities.status === 'success' && region ? municipalities.data.items.filter((municipality) => municipality.region === region).map((municipality) => municipality.code) : [];
  const vacancies = useApiQuery<VacancySearchResponse>(
    municipalities.status === 'success'
      ? `/vacancies${queryString({ q: q || undefined, kind: kind || undefined, municipality: codes.join(',') || undefined, sort: q ? 'relevance' : 'newest', page, pageSize: PAGE_SIZE })}`
      : null,
  );

  const setFilter = (name: 'q' | 'kind' | 'page', value: string) => {
    const updated = new URLSearchParams(params);
    if (value) updated.set(name, value);
    else updated.delete(name);
    if (name !== 'page') updated.delete('page');
    setParams(updated);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter('q', search.trim());
  };
  const failed = municipalities.status === 'error' ? municipalities : vacancies.status === 'error' ? vacancies : null;

  return (
    <>
      <PageHeading>{t('section.vacancies')}</PageHeading>
      <Paragraph>{region ? t('vacancies.intro', { region }) : t('vacancies.introAll')}</Paragraph>
      <form role="search" className="regie-search" onSubmit={submit} noValidate aria-label={t('vacancies.searchLabel')}>
        <TextField name="q" label={t('vacancies.search')} value={search} onChange={setSearch} required autoComplete="off" />
        <Button type="submit" appearance="primary-action-button">
          {t('caseload.searchButton')}
        </Button>
      </form>
      <div className="regie-filters">
        <SelectField
          name="kind"
          label={t('vacancy.kind')}
          placeholder={t('caseload.all')}
          options={KINDS.map((value) => ({ value, label: t(`vacancyKind.${value}`) }))}
          value={kind}
          onChange={(value) => setFilter('kind', value)}
          required
        />
      </div>
      <div aria-live="polite">{vacancies.status === 'success' && <Paragraph>{t('vacancies.count', { count: vacancies.data.total })}</Paragraph>}</div>
      {failed?.status === 'error' && <ErrorState problem={failed.problem} onRetry={failed.reload} />}
      {(municipalities.status === 'loading' || vacancies.status === 'loading') && <LoadingState />}
      {vacancies.status === 'success' &&
        (vacancies.data.items.length === 0 ? (
          <EmptyState message={t('vacancies.empty')} />
        ) : (
          <>
            <div className="regie-table-region" role="region" aria-labelledby="vacancies-caption" tabIndex={0}>
              <table className="regie-table">
                <caption id="vacancies-caption" className="regie-visually-hidden">
                  {t('section.vacancies')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('vacancies.vacancy')}</th>
                    <th scope="col">{t('vacancy.employer')}</th>
                    <th scope="col">{t('vacancy.kind')}</th>
                    <th scope="col">{t('vacancy.place')}</th>
                    <th scope="col">{t('profile.hours')}</th>
                    <th scope="col">{t('vacancies.published')}</th>
                  </tr>
                </thead>
                <tbody>
                  {vacancies.data.items.map((vacancy) => (
                    <tr key={vacancy.id}>
                      <th scope="row">
                        <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink>
                      </th>
                      <td>{vacancy.employer.name}</td>
                      <td>{t(`vacancyKind.${vacancy.kind}`)}</td>
                      <td>{vacancy.city ?? t('profile.unknown')}</td>
                      <td>{t('hours.range', { min: vacancy.hoursMin, max: vacancy.hoursMax })}</td>
                      <td>{format.date(vacancy.publishedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={vacancies.data.total} onPage={(next) => setFilter('page', String(next))} />
          </>
        ))}
    </>
  );
}
