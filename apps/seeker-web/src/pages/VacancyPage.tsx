import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  apiRequest,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  SimpleMarkdown,
  TextareaField,
  useApiAction,
  useApiQuery,
  type ApplicationListResponse,
  type ApplicationResponse,
  type VacancyResponse,
} from '@meedoen/web';
import { useSeekerT } from '../messages';
import { useDates } from '../components/useDates';

const MOTIVATION_MAX_LENGTH = 1000;

/** Everything about one place in plain words, and "Reageren" with an optional short message: never a CV. */
export function VacancyPage() {
  const t = useSeekerT();
  const { vacancyId = '' } = useParams();
  const vacancy = useApiQuery<VacancyResponse>(`/vacancies/${encodeURIComponent(vacancyId)}`);
  if (vacancy.status === 'loading' || vacancy.status === 'idle') return <LoadingState />;
  if (vacancy.status === 'error') {
    return (
      <>
        <PageHeading>{t('vacancy.notFoundTitle')}</PageHeading>
        <ErrorState problem={vacancy.problem} onRetry={vacancy.reload} />
        <Paragraph>
          <RouterLink to="/zoeken">{t('vacancy.toSearch')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return <VacancyDetails vacancy={vacancy.data} />;
}

function VacancyDetails({ vacancy }: { vacancy: VacancyResponse }) {
  const t = useSeekerT();
  const dates = useDates();
  const place = [vacancy.location.city, vacancy.location.postcode].filter(Boolean).join(', ');
  const needs = [
    ...vacancy.requiredSkills.map((skill) => skill.label),
    ...(vacancy.requiresDrivingLicence ? [t('vacancy.needsLicence')] : []),
    ...(vacancy.minDutchLevel !== 'none' ? [t('vacancy.needsDutch', { level: t(`vacancy.dutch.${vacancy.minDutchLevel}`) })] : []),
    ...(vacancy.experienceYearsWanted > 0 ? [t('vacancy.needsExperience', { years: vacancy.experienceYearsWanted })] : []),
  ];
  const offers = [
    t(`vacancy.pay.${vacancy.pay.type}`),
    t(`vacancy.contract.${vacancy.contractType}`),
    ...(vacancy.durationWeeks ? [t('vacancy.duration', { weeks: vacancy.durationWeeks })] : []),
    vacancy.startDate ? t('vacancy.start', { date: dates.date(vacancy.startDate) }) : t('vacancy.startSoon'),
    ...(vacancy.places > 1 ? [t('vacancy.places', { places: vacancy.places })] : []),
  ];
  return (
    <>
      <PageHeading>{vacancy.title}</PageHeading>
      <Paragraph lead>
        {vacancy.employer.name} · {t(`vacancyKind.${vacancy.kind}`)}
      </Paragraph>
      <Paragraph>{t(`vacancyKind.${vacancy.kind}.explained`)}</Paragraph>

      <Heading level={2}>{t('vacancy.what')}</Heading>
      <SimpleMarkdown text={vacancy.description} />

      <dl className="meedoen-facts">
        <dt>{t('vacancy.where')}</dt>
        <dd>{[place || t('vacancy.placeUnknown'), t(`vacancy.workplace.${vacancy.workplace}`)].join(' · ')}</dd>
        <dt>{t('vacancy.hours')}</dt>
        <dd>
          {t('hours.range', { min: String(vacancy.hoursMin), max: String(vacancy.hoursMax) })}
          {vacancy.schedule.days.length > 0 && ` · ${vacancy.schedule.days.map((day) => t(`day.${day}`)).join(', ')}`}
        </dd>
        {vacancy.closesOn && (
          <>
            <dt>{t('vacancy.closesOn')}</dt>
            <dd>{dates.date(vacancy.closesOn)}</dd>
          </>
        )}
      </dl>

      <Heading level={2}>{t('vacancy.support')}</Heading>
      {vacancy.supportOffered.length === 0 ? (
        <Paragraph>{t('vacancy.supportNone')}</Paragraph>
      ) : (
        <UnorderedList>
          {vacancy.supportOffered.map((support) => (
            <UnorderedListItem key={support}>{t(`vacancy.supportOffered.${support}`)}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading level={2}>{t('vacancy.needs')}</Heading>
      {needs.length === 0 ? (
        <Paragraph>{t('vacancy.needsNothing')}</Paragraph>
      ) : (
        <UnorderedList>
          {needs.map((need) => (
            <UnorderedListItem key={need}>{need}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {vacancy.niceToHaveSkills.length > 0 && <Paragraph>{t('vacancy.niceToHave', { skills: vacancy.niceToHaveSkills.map((skill) => skill.label).join(', ') })}</Paragraph>}

      <Heading level={2}>{t('vacancy.offers')}</Heading>
      <UnorderedList>
        {offers.map((offer) => (
          <UnorderedListItem key={offer}>{offer}</UnorderedListItem>
        ))}
      </UnorderedList>

      <ApplySection vacancy={vacancy} />
    </>
  );
}

function ApplySection({ vacancy }: { vacancy: VacancyResponse }) {
  const t = useSeekerT();
  const existing = useApiQuery<ApplicationListResponse>(`/applications?vacancyId=${vacancy.id}`);
  const [motivation, setMotivation] = useState('');
  const [error, setError] = useState<string>();
  const [applied, setApplied] = useState<ApplicationResponse>();
  const { busy, problem, run, clearProblem } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearProblem();
    if (motivation.length > MOTIVATION_MAX_LENGTH) return setError(t('apply.tooLong', { max: MOTIVATION_MAX_LENGTH }));
    setError(undefined);
    const body = { vacancyId: vacancy.id, ...(motivation.trim() ? { motivation: motivation.trim() } : {}) };
    const answer = await run(() => apiRequest<ApplicationResponse>('/applications', { method: 'POST', body }));
    if (answer) setApplied(answer.value);
  };

  const already = applied ?? (existing.status === 'success' ? existing.data.items[0] : undefined);
  return (
    <section aria-labelledby="apply-heading" className="meedoen-apply">
      <Heading level={2} id="apply-heading">
        {t('apply.title')}
      </Heading>
      {existing.status === 'loading' && <LoadingState />}
      {existing.status === 'error' && <ErrorState problem={existing.problem} onRetry={existing.reload} />}
      {already && (
        <Alert type="ok" role="status">
          <Paragraph>{applied ? t('apply.sent') : t('apply.already')}</Paragraph>
          <Paragraph>
            <RouterLink to="/mijn-reacties">{t('apply.toResponses')}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {existing.status === 'success' && !already && vacancy.status !== 'published' && <Paragraph>{t('apply.closed')}</Paragraph>}
      {existing.status === 'success' && !already && vacancy.status === 'published' && (
        <>
          <Paragraph>{t('apply.intro')}</Paragraph>
          {problem && <ErrorState problem={problem} />}
          <form onSubmit={submit} noValidate className="meedoen-form">
            <TextareaField
              name="motivation"
              label={t('apply.motivation')}
              description={t('apply.motivationDescription')}
              rows={4}
              value={motivation}
              onChange={setMotivation}
              error={error}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {busy ? t('form.busy') : t('apply.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
