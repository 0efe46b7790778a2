import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, PageHeading, RouterLink, useApiAction, useApiQuery, type ProposalResponse } from '@meedoen/web';
import { useParams } from 'react-router';
import { Flash, useFlash } from '../components/Flash';
import { useFormatDate } from '../components/format';
import { PendingPage } from '../components/PendingPage';
import { useEmployerT } from '../messages';

/** One proposal by a caseworker: who, for which vacancy, why; the employer accepts (an application) or declines. */
export function ProposalPage() {
  const t = useEmployerT();
  const { proposalId } = useParams();
  const formatDate = useFormatDate();
  const proposal = useApiQuery<ProposalResponse>(`/proposals/${proposalId}`);
  const action = useApiAction();
  const [flash, setFlash] = useFlash();

  if (proposal.status !== 'success') return <PendingPage title={t('proposal.title')} query={proposal} />;
  const current = proposal.data;
  const answer = (status: 'accepted' | 'declined-by-employer') =>
    action.run(async () => {
      await apiRequest(`/proposals/${current.id}`, { method: 'PATCH', body: { status } });
      setFlash(t(status === 'accepted' ? 'proposal.acceptedFlash' : 'proposal.declinedFlash'));
      proposal.reload();
    }, { name: status });

  return (
    <>
      <PageHeading>{t('proposal.heading', { name: current.seeker.displayName })}</PageHeading>
      <Paragraph>
        <RouterLink to="/voordrachten">{t('proposal.back')}</RouterLink>
      </Paragraph>
      <Flash message={flash} />
      {action.problem && <ErrorState problem={action.problem} />}
      <dl className="employer-facts">
        <dt>{t('proposal.vacancy')}</dt>
        <dd>
          <RouterLink to={`/vacatures/${current.vacancy.id}`}>{current.vacancy.title}</RouterLink>
        </dd>
        <dt>{t('proposal.status')}</dt>
        <dd>{t(`proposalStatus.${current.status}`)}</dd>
        <dt>{t('proposal.date')}</dt>
        <dd>{formatDate(current.createdAt)}</dd>
        <dt>{t('proposal.contact')}</dt>
        <dd>
          <a className="utrecht-link" href={`mailto:${current.seeker.email}`}>
            {current.seeker.email}
          </a>
        </dd>
      </dl>
      <Heading level={2}>{t('proposal.note')}</Heading>
      <Paragraph className="employer-preview__description">{current.note}</Paragraph>
      {current.status === 'awaiting-employer' && (
        <>
          <Paragraph>{t('proposal.explain')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={action.busyWith === 'accepted'} disabled={action.busy} onClick={() => answer('accepted')}>
              {t('proposal.accept')}
            </Button>
            <Button appearance="secondary-action-button" busy={action.busyWith === 'declined-by-employer'} disabled={action.busy} onClick={() => answer('declined-by-employer')}>
              {t('proposal.decline')}
            </Button>
          </ButtonGroup>
        </>
      )}
      {current.applicationId && (
        <Paragraph>
          <RouterLink to={`/vacatures/${current.vacancy.id}/reacties`}>{t('proposal.toPipeline')}</RouterLink>
        </Paragraph>
      )}
    </>
  );
}
