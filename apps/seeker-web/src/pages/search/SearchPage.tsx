import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  CheckboxGroupField,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  SelectField,
  TextField,
  useApiQuery,
  type SearchCriteria,
  type SeekerProfileResponse,
  type VacancySearchResponse,
  type VacancySummaryResponse,
} from '@meedoen/web';
import { VacancyMap } from '../../components/VacancyMap';
import { useSeekerT } from '../../messages';
import { VACANCY_KINDS } from '../profile/ProfileSteps';
import { SavedSearches } from './SavedSearches';
import { criteriaFromParams, paramsFromCriteria } from './search-criteria';

const PAGE_SIZE = 10;
const RADII = ['5', '10', '25', '50'];
const vacancyHref = (id: string) => `${import.meta.env.BASE_URL}vacatures/${id}`;

/** Search with filters; results as a list (always) and, on request, on a map. */
export function SearchPage() {
  const t = useSeekerT();
  const [params, setParams] = useSearchParams();
  const criteria = useMemo(() => criteriaFromParams(params), [params]);
  const page = Number(params.get('page') ?? '1') || 1;
  const profile = useApiQuery<SeekerProfileResponse>('/seekers/me');
  const query = paramsFromCriteria(criteria);
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  const results = useApiQuery<VacancySearchResponse>(`/vacancies?${query}`);
  const [showMap, setShowMap] = useState(false);

  const search = (next: SearchCriteria, nextPage = 1) => {
    const nextParams = paramsFromCriteria(next);
    if (nextPage > 1) nextParams.set('page', String(nextPage));
    setParams(nextParams);
  };

  return (
    <>
      <PageHeading>{t('section.search')}</PageHeading>
      <Paragraph lead>{t('search.intro')}</Paragraph>
      <div className="meedoen-search-layout">
        <div>
          {profile.status === 'loading' && <LoadingState />}
          {profile.status === 'error' && <ErrorState problem={profile.problem} onRetry={profile.reload} />}
          {profile.status === 'success' && <SearchForm key={params.toString()} criteria={criteria} profile={profile.data} onSearch={search} />}
        </div>

        <div>
          <section aria-labelledby="results-heading">
            <Heading level={2} id="results-heading">
              {t('search.results')}
            </Heading>
            {results.status === 'loading' && <LoadingState />}
            {results.status === 'error' && <ErrorState problem={results.problem} onRetry={results.reload} />}
            {results.status === 'success' &&
              (results.data.total === 0 ? (
                <EmptyState message={t('search.none')} />
              ) : (
                <>
                  <Paragraph role="status">{t('search.count', { count: results.data.total })}</Paragraph>
                  <Button appearance="secondary-action-button" aria-expanded={showMap} onClick={() => setShowMap(!showMap)}>
                    {showMap ? t('search.hideMap') : t('search.showMap')}
                  </Button>
                  {showMap && <VacancyMap vacancies={results.data.items} vacancyPath={vacancyHref} />}
                  <ol className="meedoen-card-list">
                    {results.data.items.map((vacancy) => (
                      <li key={vacancy.id}>
                        <VacancyCard vacancy={vacancy} />
                      </li>
                    ))}
                  </ol>
                  <ButtonGroup>
                    {page > 1 && (
                      <Button appearance="secondary-action-button" onClick={() => search(criteria, page - 1)}>
                        {t('search.previous')}
                      </Button>
                    )}
                    {page * PAGE_SIZE < results.data.total && (
                      <Button appearance="secondary-action-button" onClick={() => search(criteria, page + 1)}>
                        {t('search.next')}
                      </Button>
                    )}
                  </ButtonGroup>
                </>
              ))}
          </section>
          <SavedSearches criteria={criteria} />
        </div>
      </div>
    </>
  );
}

function VacancyCard({ vacancy }: { vacancy: VacancySummaryResponse }) {
  const t = useSeekerT();
  const headingId = `vacancy-${vacancy.id}`;
  return (
    <article className="meedoen-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="meedoen-card__title">
        <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink>
      </Heading>
      <Paragraph>
        {[
          vacancy.employer.name,
          vacancy.city,
          vacancy.distanceKm !== null ? t('search.distance', { km: vacancy.distanceKm }) : null,
          t(`vacancyKind.${vacancy.kind}`),
          t('hours.range', { min: String(vacancy.hoursMin), max: String(vacancy.hoursMax) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <Paragraph className="meedoen-card__description">{vacancy.teaser}</Paragraph>
    </article>
  );
}

function SearchForm({ criteria, profile, onSearch }: { criteria: SearchCriteria; profile: SeekerProfileResponse; onSearch: (criteria: SearchCriteria) => void }) {
  const t = useSeekerT();
  const [q, setQ] = useState(criteria.q ?? '');
  const [kinds, setKinds] = useState<string[]>(criteria.kind ?? []);
  const [hoursMax, setHoursMax] = useState(criteria.hoursMax?.toString() ?? '');
  const [radiusKm, setRadiusKm] = useState(criteria.radiusKm?.toString() ?? '');
  const mySkills = profile.skills.map((skill) => skill.skillId);
  const [onlyMySkills, setOnlyMySkills] = useState<string[]>(criteria.skills ? ['yes'] : []);
  const [hoursError, setHoursError] = useState<string>();
  const home = profile.postcode ?? undefined;
  const hasFilters = Object.keys(criteria).some((name) => name !== 'q');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const max = hoursMax.trim() === '' ? undefined : Number(hoursMax);
    if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 60)) return setHoursError(t('search.hoursInvalid'));
    setHoursError(undefined);
    onSearch({
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(kinds.length > 0 ? { kind: kinds as SearchCriteria['kind'] } : {}),
      ...(max !== undefined ? { hoursMin: 0, hoursMax: max } : {}),
      ...(radiusKm && home ? { postcode: home, radiusKm: Number(radiusKm) } : {}),
      ...(onlyMySkills.length > 0 && mySkills.length > 0 ? { skills: mySkills } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="meedoen-form" role="search" aria-label={t('search.formLabel')}>
      <TextField name="q" label={t('search.q')} description={t('search.qDescription')} value={q} onChange={setQ} />
      <details className="meedoen-details meedoen-filters" open={hasFilters || undefined}>
        <summary>{t('search.moreFilters')}</summary>
        <CheckboxGroupField
          name="kind"
          label={t('search.kind')}
          description={t('search.kindDescription')}
          options={VACANCY_KINDS.map((kind) => ({ value: kind, label: `${t(`vacancyKind.${kind}`)}. ${t(`vacancyKind.${kind}.explained`)}` }))}
          value={kinds}
          onChange={setKinds}
        />
        <TextField type="number" name="hoursMax" label={t('search.hoursMax')} description={t('search.hoursMaxDescription')} value={hoursMax} onChange={setHoursMax} error={hoursError} />
        {home ? (
          <SelectField
            name="radiusKm"
            label={t('search.radius')}
            description={t('search.radiusDescription', { postcode: home })}
            placeholder={t('search.radiusAny')}
            options={RADII.map((value) => ({ value, label: t('search.radiusOption', { km: value }) }))}
            value={radiusKm}
            onChange={setRadiusKm}
          />
        ) : (
          <Paragraph>
            {t('search.noPostcode')} <RouterLink to="/profiel/reizen">{t('search.addPostcode')}</RouterLink>
          </Paragraph>
        )}
        {mySkills.length > 0 && (
          <CheckboxGroupField
            name="skills"
            label={t('search.skills')}
            options={[{ value: 'yes', label: t('search.onlyMySkills', { skills: profile.skills.map((skill) => skill.label).join(', ') }) }]}
            value={onlyMySkills}
            onChange={setOnlyMySkills}
          />
        )}
      </details>
      <Button type="submit" appearance="primary-action-button">
        {t('search.submit')}
      </Button>
    </form>
  );
}
