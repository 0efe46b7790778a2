import { Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, PageHeading, RouterLink, SelectField, useApiQuery, type EmployerListResponse, type EmployerResponse } from '@meedoen/web';
import { useSearchParams } from 'react-router';
import { Pagination } from '../components/Pagination';
import { queryString, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const PAGE_SIZE = 50;
const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const satisfies readonly EmployerResponse['verificationStatus'][];

/** The verification queue: new employers of the region waiting for a check in the KvK register; decided ones on request. */
export function ReviewsPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'pending';
  const page = Number(params.get('page') ?? '1') || 1;
  const employers = useApiQuery<EmployerListResponse>(`/employers${queryString({ verificationStatus: status, page, pageSize: PAGE_SIZE })}`);

  return (
    <>
      <PageHeading>{t('section.reviews')}</PageHeading>
      <Paragraph>{t('reviews.intro')}</Paragraph>
      <div className="regie-filters">
        <SelectField
          name="status"
          label={t('reviews.show')}
          options={VERIFICATION_STATUSES.map((value) => ({ value, label: t(`verificationStatus.${value}`) }))}
          value={status}
          onChange={(next) => setParams({ status: next })}
          required
        />
      </div>
      <div aria-live="polite">{employers.status === 'success' && <Paragraph>{t('reviews.count', { count: employers.data.total })}</Paragraph>}</div>
      {employers.status === 'loading' && <LoadingState />}
      {employers.status === 'error' && <ErrorState problem={employers.problem} onRetry={employers.reload} />}
      {employers.status === 'success' &&
        (employers.data.items.length === 0 ? (
          <EmptyState message={t(status === 'pending' ? 'reviews.emptyPending' : 'reviews.empty')} />
        ) : (
          <>
            <div className="regie-table-region" role="region" aria-labelledby="employers-caption" tabIndex={0}>
              <table className="regie-table">
                <caption id="employers-caption" className="regie-visually-hidden">
                  {t('reviews.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reviews.organisation')}</th>
                    <th scope="col">{t('vacancy.place')}</th>
                    <th scope="col">{t('reviews.kvk')}</th>
                    <th scope="col">{t('reviews.registered')}</th>
                    <th scope="col">{t('caseload.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {employers.data.items.map((employer) => (
                    <tr key={employer.id}>
                      <th scope="row">
                        <RouterLink to={`/controleren/${employer.id}`}>{employer.name}</RouterLink>
                      </th>
                      <td>{employer.city}</td>
                      <td>{employer.kvkNumber ?? t('profile.unknown')}</td>
                      <td>{format.date(employer.createdAt)}</td>
                      <td>{t(`verificationStatus.${employer.verificationStatus}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={employers.data.total} onPage={(next) => setParams({ status, page: String(next) })} />
          </>
        ))}
    </>
  );
}
