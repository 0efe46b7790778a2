import { Heading, Paragraph } from '@utrecht/component-library-react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  useApiQuery,
  useLanguage,
  type CandidateMatchListResponse,
  type InvitationListResponse,
  type ProposalListResponse,
  type VacancyResponse,
} from '@meedoen/web';
import { useParams } from 'react-router';
import { LinkCard } from '../components/LinkCard';
import { Pager, usePageParam } from '../components/Pager';
import { useEmployerT } from '../messages';
import { CandidateCard } from './CandidateCard';

const PAGE_SIZE = 10;
const MANY = 100;

/** Ranked, explained candidates for one vacancy; the employer invites the anonymous ones and sees who was proposed. */
export function MatchesPage() {
  const t = useEmployerT();
  const { vacancyId } = useParams();
  const { language } = useLanguage();
  const [page, setPage] = usePageParam();
  const vacancy = useApiQuery<VacancyResponse>(`/vacancies/${vacancyId}`);
  const matches = useApiQuery<CandidateMatchListResponse>(`/vacancies/${vacancyId}/matches?page=${page}&pageSize=${PAGE_SIZE}&language=${language}`);
  const invitations = useApiQuery<InvitationListResponse>(`/invitations?vacancyId=${vacancyId}&pageSize=${MANY}`);
  const proposals = useApiQuery<ProposalListResponse>(`/proposals?vacancyId=${vacancyId}&pageSize=${MANY}`);
  const title = vacancy.status === 'success' ? t('matches.title', { title: vacancy.data.title }) : t('vacancy.matches');

  const invitationOf = (seekerId: string) => (invitations.status === 'success' ? invitations.data.items.find((item) => item.seeker.id === seekerId) : undefined);
  const failed = [vacancy, matches, invitations].find((query) => query.status === 'error');

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph>
        <RouterLink to={`/vacatures/${vacancyId}`}>{t('common.backToVacancy')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('matches.intro')}</Paragraph>
      {failed?.status === 'error' && <ErrorState problem={failed.problem} onRetry={failed.reload} />}

      <section aria-labelledby="proposals-heading">
        <Heading level={2} id="proposals-heading">
          {t('matches.proposals')}
        </Heading>
        {proposals.status === 'loading' && <LoadingState />}
        {proposals.status === 'error' && <ErrorState problem={proposals.problem} onRetry={proposals.reload} />}
        {proposals.status === 'success' && proposals.data.items.length === 0 && <EmptyState message={t('matches.noProposals')} />}
        {proposals.status === 'success' && proposals.data.items.length > 0 && (
          <ul className="meedoen-card-list">
            {proposals.data.items.map((proposal) => (
              <LinkCard key={proposal.id} level={3} to={`/voordrachten/${proposal.id}`} title={proposal.seeker.displayName}>
                {t(`proposalStatus.${proposal.status}`)}
              </LinkCard>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="matches-heading">
        <Heading level={2} id="matches-heading">
          {t('matches.ranked')}
        </Heading>
        {(matches.status === 'loading' || vacancy.status === 'loading') && <LoadingState />}
        {matches.status === 'success' && vacancy.status === 'success' && (
          <>
            {vacancy.data.status !== 'published' && <Paragraph>{t('matches.notOpen')}</Paragraph>}
            {matches.data.items.length === 0 ? (
              <EmptyState message={t('matches.empty')} />
            ) : (
              <>
                <Paragraph>{t('matches.total', { count: matches.data.total })}</Paragraph>
                <ol className="meedoen-card-list employer-ranked-list">
                  {matches.data.items.map((match, index) => (
                    <CandidateCard
                      key={match.candidate.seekerId}
                      rank={(page - 1) * PAGE_SIZE + index + 1}
                      match={match}
                      vacancy={vacancy.data}
                      invitation={invitationOf(match.candidate.seekerId)}
                      onInvited={invitations.reload}
                    />
                  ))}
                </ol>
                <Pager page={page} total={matches.data.total} pageSize={PAGE_SIZE} onChange={setPage} />
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
