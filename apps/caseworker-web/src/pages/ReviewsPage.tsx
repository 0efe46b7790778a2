import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading, RouterLink, SelectField, useApiQuery, type EmployerListResponse, type EmployerResponse } from '@meedoen/web';
import { ResultTable } from '../components/ResultTable';
import { useUrlFilters } from '../components/useUrlFilters';
import { queryString, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

const PAGE_SIZE = 50;
const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const satisfies readonly EmployerResponse['verificationStatus'][];

/** The verification queue: new employers of the region waiting for a check in the KvK register, oldest first; decided ones on request. */
export function ReviewsPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { value, page, setFilter, setPage } = useUrlFilters<'status'>({ status: 'pending' });
  const status = value('status');
  const employers = useApiQuery<EmployerListResponse>(`/employers${queryString({ verificationStatus: status, page, pageSize: PAGE_SIZE })}`);

  return (
    <>
      <PageHeading>{t('section.reviews')}</PageHeading>
      <Paragraph>{t('reviews.intro')}</Paragraph>
      <div className="regie-filters">
        <SelectField
          name="status"
          label={t('reviews.show')}
          options={VERIFICATION_STATUSES.map((option) => ({ value: option, label: t(`verificationStatus.${option}`) }))}
          value={status}
          onChange={(next) => setFilter('status', next)}
          required
        />
      </div>
      <ResultTable
        query={employers}
        caption={t('reviews.caption')}
        columns={[
          { header: t('reviews.organisation'), cell: (employer) => <RouterLink to={`/controleren/${employer.id}`}>{employer.name}</RouterLink> },
          { header: t('vacancy.place'), cell: (employer) => employer.city },
          { header: t('reviews.kvk'), cell: (employer) => employer.kvkNumber ?? t('profile.unknown') },
          { header: t('reviews.registered'), cell: (employer) => format.date(employer.createdAt) },
          { header: t('caseload.status'), cell: (employer) => t(`verificationStatus.${employer.verificationStatus}`) },
        ]}
        rowKey={(employer) => employer.id}
        count={(count) => t('reviews.count', { count })}
        empty={t(status === 'pending' ? 'reviews.emptyPending' : 'reviews.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </>
  );
}
