import { Heading, Paragraph } from '@utrecht/component-library-react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterButtonLink,
  RouterLink,
  useApiQuery,
  useAuth,
  useT,
  type EmployerDashboardResponse,
  type ProposalListResponse,
} from '@meedoen/web';
import { Flash, useFlash } from '../components/Flash';
import { LinkCard } from '../components/LinkCard';
import { StatusTag } from '../components/StatusTag';
import { useEmployer } from '../components/useEmployer';
import { useEmployerT } from '../messages';
import { VerificationNotice } from './VerificationNotice';

/** The portal's start page once signed in: the figures that matter and the vacancies that need attention. */
export function DashboardPage() {
  const t = useEmployerT();
  const shared = useT();
  const { user } = useAuth();
  const employer = useEmployer();
  const figures = useApiQuery<EmployerDashboardResponse>(employer.employerId ? `/employers/${employer.employerId}/dashboard` : null);
  const waiting = useApiQuery<ProposalListResponse>('/proposals?status=awaiting-employer&pageSize=1');
  const [flash] = useFlash();

  return (
    <>
      <PageHeading>{shared('home.greeting', { name: user?.displayName ?? '' })}</PageHeading>
      <Flash message={flash} />
      {employer.status === 'success' && <VerificationNotice employer={employer.data} />}
      {employer.status === 'error' && <ErrorState problem={employer.problem} onRetry={employer.reload} />}
      <RouterButtonLink to="/vacatures/nieuw">{t('vacancies.new')}</RouterButtonLink>
      {waiting.status === 'success' && waiting.data.total > 0 && (
        <Paragraph>
          <RouterLink to="/voordrachten">{t('dashboard.proposalsWaiting', { count: waiting.data.total })}</RouterLink>
        </Paragraph>
      )}

      <section aria-labelledby="figures-heading">
        <Heading level={2} id="figures-heading">
          {t('dashboard.figures')}
        </Heading>
        {figures.status === 'loading' && <LoadingState />}
        {figures.status === 'error' && <ErrorState problem={figures.problem} onRetry={figures.reload} />}
        {figures.status === 'success' && (
          <dl className="employer-figures">
            <div className="employer-figure">
              <dt>{t('dashboard.openVacancies')}</dt>
              <dd>{figures.data.openVacancies}</dd>
            </div>
            <div className="employer-figure">
              <dt>{t('dashboard.newApplications')}</dt>
              <dd>{figures.data.newApplications}</dd>
            </div>
            <div className="employer-figure">
              <dt>{t('dashboard.views')}</dt>
              <dd>{figures.data.viewsLast30Days}</dd>
            </div>
            <div className="employer-figure">
              <dt>{t('dashboard.timeToFill')}</dt>
              <dd>
                {figures.data.timeToFill.medianDays === null
                  ? t('dashboard.timeToFillUnknown')
                  : t('dashboard.timeToFillDays', { days: Math.round(figures.data.timeToFill.medianDays) })}
              </dd>
            </div>
          </dl>
        )}
        {figures.status === 'success' && figures.data.timeToFill.medianDays !== null && (
          <Paragraph>{t('dashboard.timeToFillExplained', { count: figures.data.timeToFill.vacanciesFilled })}</Paragraph>
        )}
      </section>

      <section aria-labelledby="open-heading">
        <Heading level={2} id="open-heading">
          {t('dashboard.openTitle')}
        </Heading>
        {figures.status === 'success' && figures.data.vacancies.length === 0 && (
          <EmptyState message={t('dashboard.noOpen')} action={<RouterLink to="/vacatures">{t('dashboard.allVacancies')}</RouterLink>} />
        )}
        {figures.status === 'success' && figures.data.vacancies.length > 0 && (
          <ul className="meedoen-card-list">
            {figures.data.vacancies.map((vacancy) => (
              <LinkCard
                key={vacancy.id}
                level={3}
                to={`/vacatures/${vacancy.id}`}
                title={vacancy.title}
                extra={
                  <Paragraph>
                    <StatusTag status={vacancy.status} /> {t('dashboard.vacancyViews', { count: vacancy.views })}
                  </Paragraph>
                }
              >
                <RouterLink to={`/vacatures/${vacancy.id}/reacties`}>
                  {t('dashboard.vacancyApplications', { fresh: vacancy.newApplications, count: vacancy.applications })}
                </RouterLink>
                {' · '}
                <RouterLink to={`/vacatures/${vacancy.id}/kandidaten`}>{t('vacancy.matches')}</RouterLink>
              </LinkCard>
            ))}
          </ul>
        )}
        <Paragraph>
          <RouterLink to="/vacatures">{t('dashboard.allVacancies')}</RouterLink>
        </Paragraph>
      </section>
    </>
  );
}
