import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  apiRequest,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  TextareaField,
  useApiAction,
  useApiQuery,
  type ApplicationListResponse,
  type ApplicationResponse,
  type InvitationListResponse,
  type InvitationResponse,
  type ProposalListResponse,
} from '@meedoen/web';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useDates } from '../../components/useDates';
import { useSeekerT } from '../../messages';
import { ProposalSummary } from './ProposalPage';

const FINAL_STATUSES: readonly ApplicationResponse['status'][] = ['hired', 'rejected', 'withdrawn'];

/** Everything you responded to or were asked for: proposals and invitations to answer, and your applications with their steps. */
export function MyResponsesPage() {
  const t = useSeekerT();
  const applications = useApiQuery<ApplicationListResponse>('/applications?pageSize=50');
  const invitations = useApiQuery<InvitationListResponse>('/invitations?pageSize=50');
  const proposals = useApiQuery<ProposalListResponse>('/proposals?pageSize=50');
  const reloadAll = () => {
    applications.reload();
    invitations.reload();
    proposals.reload();
  };

  return (
    <>
      <PageHeading>{t('section.responses')}</PageHeading>
      <Paragraph lead>{t('responses.intro')}</Paragraph>

      <section aria-labelledby="proposals-heading">
        <Heading level={2} id="proposals-heading">
          {t('responses.proposals')}
        </Heading>
        <Paragraph>{t('responses.proposalsIntro')}</Paragraph>
        {proposals.status === 'loading' && <LoadingState />}
        {proposals.status === 'error' && <ErrorState problem={proposals.problem} onRetry={proposals.reload} />}
        {proposals.status === 'success' &&
          (proposals.data.items.length === 0 ? (
            <EmptyState message={t('responses.noProposals')} />
          ) : (
            <ul className="meedoen-card-list">
              {proposals.data.items.map((proposal) => (
                <li key={proposal.id} className="meedoen-card">
                  <ProposalSummary proposal={proposal} headingLevel={3} onAnswered={reloadAll} />
                </li>
              ))}
            </ul>
          ))}
      </section>

      <section aria-labelledby="invitations-heading">
        <Heading level={2} id="invitations-heading">
          {t('responses.invitations')}
        </Heading>
        {invitations.status === 'loading' && <LoadingState />}
        {invitations.status === 'error' && <ErrorState problem={invitations.problem} onRetry={invitations.reload} />}
        {invitations.status === 'success' &&
          (invitations.data.items.length === 0 ? (
            <EmptyState message={t('responses.noInvitations')} />
          ) : (
            <ul className="meedoen-card-list">
              {invitations.data.items.map((invitation) => (
                <li key={invitation.id} className="meedoen-card">
                  <InvitationCard invitation={invitation} onAnswered={reloadAll} />
                </li>
              ))}
            </ul>
          ))}
      </section>

      <section aria-labelledby="applications-heading">
        <Heading level={2} id="applications-heading">
          {t('responses.applications')}
        </Heading>
        {applications.status === 'loading' && <LoadingState />}
        {applications.status === 'error' && <ErrorState problem={applications.problem} onRetry={applications.reload} />}
        {applications.status === 'success' &&
          (applications.data.items.length === 0 ? (
            <EmptyState message={t('responses.noApplications')} action={<RouterLink to="/voor-jou">{t('responses.toForYou')}</RouterLink>} />
          ) : (
            <ul className="meedoen-card-list">
              {applications.data.items.map((application) => (
                <li key={application.id} className="meedoen-card">
                  <ApplicationCard application={application} onChanged={applications.reload} />
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

function ApplicationCard({ application, onChanged }: { application: ApplicationResponse; onChanged: () => void }) {
  const t = useSeekerT();
  const { busy, problem, message, run } = useApiAction();
  const dates = useDates();
  const withdraw = async () => {
    const done = await run(() => apiRequest(`/applications/${application.id}`, { method: 'PATCH', body: { status: 'withdrawn' } }), { done: t('responses.withdrawn') });
    if (done) onChanged();
  };
  return (
    <article aria-labelledby={`application-${application.id}`}>
      <Heading level={3} id={`application-${application.id}`} className="meedoen-card__title">
        <RouterLink to={`/vacatures/${application.vacancy.id}`}>{application.vacancy.title}</RouterLink>
      </Heading>
      <Paragraph>
        {t('responses.status')} <span className="meedoen-status">{t(`applicationStatus.${application.status}`)}</span>
      </Paragraph>
      {application.rejection && <Paragraph>{t('responses.rejectionReason', { reason: application.rejection.text })}</Paragraph>}
      <Heading level={4}>{t('responses.timeline')}</Heading>
      <ol className="meedoen-timeline">
        {application.steps.map((step) => (
          <li key={`${step.occurredAt}-${step.toStatus}`}>
            <time dateTime={step.occurredAt}>{dates.date(step.occurredAt)}</time>: {t(`applicationStep.${step.toStatus}`)}
          </li>
        ))}
      </ol>
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      {problem && <ErrorState problem={problem} />}
      {!FINAL_STATUSES.includes(application.status) && (
        <ConfirmButton label={t('responses.withdraw')} question={t('responses.withdrawQuestion')} disabled={busy} onConfirm={withdraw} />
      )}
    </article>
  );
}

function InvitationCard({ invitation, onAnswered }: { invitation: InvitationResponse; onAnswered: () => void }) {
  const t = useSeekerT();
  const { busy, problem, message, run } = useApiAction();
  const [motivation, setMotivation] = useState('');
  const answer = async (status: 'accepted' | 'declined') => {
    const body = status === 'accepted' && motivation.trim() ? { status, motivation: motivation.trim() } : { status };
    const done = await run(() => apiRequest(`/invitations/${invitation.id}`, { method: 'PATCH', body }), { done: t(`responses.invitation.${status}`) });
    if (done) onAnswered();
  };
  return (
    <article aria-labelledby={`invitation-${invitation.id}`}>
      <Heading level={3} id={`invitation-${invitation.id}`} className="meedoen-card__title">
        <RouterLink to={`/vacatures/${invitation.vacancy.id}`}>{invitation.vacancy.title}</RouterLink>
      </Heading>
      <Paragraph>
        {t('responses.status')} <span className="meedoen-status">{t(`invitationStatus.${invitation.status}`)}</span>
      </Paragraph>
      {invitation.message && <Paragraph>{t('responses.invitationMessage', { message: invitation.message })}</Paragraph>}
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      {problem && <ErrorState problem={problem} />}
      {invitation.status === 'pending' && (
        <>
          <Paragraph>{t('responses.invitationExplained')}</Paragraph>
          <TextareaField
            name={`motivation-${invitation.id}`}
            label={t('apply.motivation')}
            description={t('apply.motivationDescription')}
            rows={3}
            value={motivation}
            onChange={setMotivation}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy} onClick={() => answer('accepted')}>
              {t('responses.accept')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => answer('declined')}>
              {t('responses.decline')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </article>
  );
}
