import { Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, PageHeading, useApiQuery, type ProposalListResponse } from '@meedoen/web';
import { useFormatDate } from '../components/format';
import { LinkCard } from '../components/LinkCard';
import { Pager, usePageParam } from '../components/Pager';
import { useEmployerT } from '../messages';

const PAGE_SIZE = 20;

/** Every proposal (voordracht) the employer may see: the resident agreed, so the name is shared. */
export function ProposalsPage() {
  const t = useEmployerT();
  const formatDate = useFormatDate();
  const [page, setPage] = usePageParam();
  const proposals = useApiQuery<ProposalListResponse>(`/proposals?page=${page}&pageSize=${PAGE_SIZE}`);
  return (
    <>
      <PageHeading>{t('proposals.title')}</PageHeading>
      <Paragraph>{t('proposals.intro')}</Paragraph>
      {proposals.status === 'loading' && <LoadingState />}
      {proposals.status === 'error' && <ErrorState problem={proposals.problem} onRetry={proposals.reload} />}
      {proposals.status === 'success' && proposals.data.items.length === 0 && <EmptyState message={t('proposals.empty')} />}
      {proposals.status === 'success' && proposals.data.items.length > 0 && (
        <>
          <ul className="meedoen-card-list">
            {proposals.data.items.map((proposal) => (
              <LinkCard key={proposal.id} to={`/voordrachten/${proposal.id}`} title={t('proposals.cardTitle', { name: proposal.seeker.displayName, vacancy: proposal.vacancy.title })}>
                {t(`proposalStatus.${proposal.status}`)} · {formatDate(proposal.createdAt)}
              </LinkCard>
            ))}
          </ul>
          <Pager page={page} total={proposals.data.total} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </>
  );
}
