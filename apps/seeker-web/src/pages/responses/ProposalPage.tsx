import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { apiRequest, ErrorState, LoadingState, PageHeading, RouterLink, useApiAction, useApiQuery, type ProposalResponse } from '@meedoen/web';
import { useSeekerT } from '../../messages';

/** A proposal (voordracht) by the caseworker: what and why, and the seeker's yes or no. The employer sees nothing before a yes. */
export function ProposalSummary({ proposal, headingLevel, onAnswered }: { proposal: ProposalResponse; headingLevel: 2 | 3; onAnswered: (proposal: ProposalResponse) => void }) {
  const t = useSeekerT();
  const { busy, problem, message, run } = useApiAction();
  const answer = async (status: 'awaiting-employer' | 'declined-by-seeker') => {
    const answered = await run(() => apiRequest<ProposalResponse>(`/proposals/${proposal.id}`, { method: 'PATCH', body: { status } }), { done: t(`proposal.answered.${status}`) });
    if (answered) onAnswered(answered.value);
  };
  return (
    <article aria-labelledby={`proposal-${proposal.id}`}>
      <Heading level={headingLevel} id={`proposal-${proposal.id}`} className="meedoen-card__title">
        <RouterLink to={`/vacatures/${proposal.vacancy.id}`}>{proposal.vacancy.title}</RouterLink>
      </Heading>
      <Paragraph>
        {t('responses.status')} <span className="meedoen-status">{t(`proposalStatus.${proposal.status}`)}</span>
      </Paragraph>
      <Paragraph>{t('proposal.note', { note: proposal.note })}</Paragraph>
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      {problem && <ErrorState problem={problem} />}
      {proposal.status === 'awaiting-consent' && (
        <>
          <Paragraph>{t('proposal.consentExplained')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy} onClick={() => answer('awaiting-employer')}>
              {t('proposal.consent')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => answer('declined-by-seeker')}>
              {t('proposal.decline')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </article>
  );
}

/** /voordrachten/{id}: where the notification about a new proposal leads. */
export function ProposalPage() {
  const t = useSeekerT();
  const { proposalId = '' } = useParams();
  const proposal = useApiQuery<ProposalResponse>(`/proposals/${encodeURIComponent(proposalId)}`);
  return (
    <>
      <PageHeading>{t('proposal.title')}</PageHeading>
      {proposal.status === 'loading' && <LoadingState />}
      {proposal.status === 'error' && <ErrorState problem={proposal.problem} onRetry={proposal.reload} />}
      {proposal.status === 'success' && <ProposalSummary proposal={proposal.data} headingLevel={2} onAnswered={proposal.reload} />}
      <Paragraph>
        <RouterLink to="/mijn-reacties">{t('proposal.toResponses')}</RouterLink>
      </Paragraph>
    </>
  );
}
