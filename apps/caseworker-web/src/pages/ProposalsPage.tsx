import { PageHeading, RouterLink, SelectField, useApiQuery, type ProposalListResponse } from '@meedoen/web';
import { ResultTable } from '../components/ResultTable';
import { useUrlFilters } from '../components/useUrlFilters';
import { queryString, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const PAGE_SIZE = 50;
const STATUSES = ['awaiting-consent', 'awaiting-employer', 'accepted', 'declined-by-seeker', 'declined-by-employer'] as const;

/** The proposals for residents of the municipality, newest first. */
export function ProposalsPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { value, page, setFilter, setPage } = useUrlFilters<'status'>();
  const proposals = useApiQuery<ProposalListResponse>(`/proposals${queryString({ status: value('status') || undefined, page, pageSize: PAGE_SIZE })}`);

  return (
    <>
      <PageHeading>{t('section.proposals')}</PageHeading>
      <div className="regie-filters">
        <SelectField
          name="status"
          label={t('caseload.status')}
          placeholder={t('caseload.all')}
          options={STATUSES.map((status) => ({ value: status, label: t(`proposalStatus.${status}`) }))}
          value={value('status')}
          onChange={(next) => setFilter('status', next)}
          required
        />
      </div>
      <ResultTable
        query={proposals}
        caption={t('section.proposals')}
        columns={[
          { header: t('proposal.resident'), cell: (proposal) => <RouterLink to={`/voordrachten/${proposal.id}`}>{proposal.seeker.displayName}</RouterLink> },
          { header: t('proposal.vacancy'), cell: (proposal) => proposal.vacancy.title },
          { header: t('vacancy.employer'), cell: (proposal) => proposal.vacancy.employer.name },
          { header: t('caseload.status'), cell: (proposal) => t(`proposalStatus.${proposal.status}`) },
          { header: t('proposals.date'), cell: (proposal) => format.date(proposal.createdAt) },
        ]}
        rowKey={(proposal) => proposal.id}
        count={(count) => t('proposals.count', { count })}
        empty={t('proposals.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </>
  );
}
