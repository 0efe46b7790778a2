import { EmptyState, ErrorState, LoadingState, PageHeading, RouterLink, SelectField, useApiQuery, type ProposalListResponse } from '@meedoen/web';
import { useSearchParams } from 'react-router';
import { Pagination } from '../components/Pagination';
import { queryString, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const PAGE_SIZE = 50;
const STATUSES = ['awaiting-consent', 'awaiting-employer', 'accepted', 'declined-by-seeker', 'declined-by-employer'] as const;

/** The proposals for residents of the municipality, newest first. */
export function ProposalsPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const proposals = useApiQuery<ProposalListResponse>(`/proposals${queryString({ status: status || undefined, page, pageSize: PAGE_SIZE })}`);

  return (
    <>
      <PageHeading>{t('section.proposals')}</PageHeading>
      <div className="regie-filters">
        <SelectField
          name="status"
          label={t('caseload.status')}
          placeholder={t('caseload.all')}
          options={STATUSES.map((value) => ({ value, label: t(`proposalStatus.${value}`) }))}
          value={status}
          onChange={(next) => setParams(next ? { status: next } : {})}
          required
        />
      </div>
      {proposals.status === 'loading' && <LoadingState />}
      {proposals.status === 'error' && <ErrorState problem={proposals.problem} onRetry={proposals.reload} />}
      {proposals.status === 'success' &&
        (proposals.data.items.length === 0 ? (
          <EmptyState message={t('proposals.empty')} />
        ) : (
          <>
            <div className="regie-table-region" role="region" aria-labelledby="proposals-caption" tabIndex={0}>
              <table className="regie-table">
                <caption id="proposals-caption" className="regie-visually-hidden">
                  {t('section.proposals')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('proposal.resident')}</th>
                    <th scope="col">{t('proposal.vacancy')}</th>
                    <th scope="col">{t('vacancy.employer')}</th>
                    <th scope="col">{t('caseload.status')}</th>
                    <th scope="col">{t('proposals.date')}</th>
                  </tr>
                </thead>
                <tbody>
                  {proposals.data.items.map((proposal) => (
                    <tr key={proposal.id}>
                      <th scope="row">
                        <RouterLink to={`/voordrachten/${proposal.id}`}>{proposal.seeker.displayName}</RouterLink>
                      </th>
                      <td>{proposal.vacancy.title}</td>
                      <td>{proposal.vacancy.employer.name}</td>
                      <td>{t(`proposalStatus.${proposal.status}`)}</td>
                      <td>{format.date(proposal.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={proposals.data.total} onPage={(next) => setParams({ ...(status ? { status } : {}), page: String(next) })} />
          </>
        ))}
    </>
  );
}
