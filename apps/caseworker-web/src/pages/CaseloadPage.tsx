import { PageHeading, RouterLink, SelectField, useApiQuery, type CaseloadResponse } from '@meedoen/web';
import { CheckboxField } from '../components/CheckboxField';
import { CASE_STATUS_VALUES, caseStatusKey, SEGMENT_VALUES, segmentKey } from '../components/labels';
import { ResultTable } from '../components/ResultTable';
import { SearchForm } from '../components/SearchForm';
import { useUrlFilters } from '../components/useUrlFilters';
import { isoDay, queryString, useDateFormat } from '../format';
import { useCaseworkerT, type CaseworkerMessageKey } from '../messages';
import '../casework.css';

const PAGE_SIZE = 50;

/** Last-contact choices and the API filter each one means. */
const LAST_CONTACT: Record<string, { key: CaseworkerMessageKey; filter: () => Record<string, string> }> = {
  'last-week': { key: 'caseload.lastContact.lastWeek', filter: () => ({ lastContactAfter: isoDay(-7) }) },
  'over-2-weeks': { key: 'caseload.lastContact.over2Weeks', filter: () => ({ lastContactBefore: isoDay(-14) }) },
  'over-month': { key: 'caseload.lastContact.overMonth', filter: () => ({ lastContactBefore: isoDay(-30) }) },
  'over-3-months': { key: 'caseload.lastContact.over3Months', filter: () => ({ lastContactBefore: isoDay(-90) }) },
};

type FilterName = 'q' | 'segment' | 'status' | 'contact' | 'actions' | 'mine';

/** The caseload: every resident of the municipality, filtered in the address bar so a filtered list can be shared and bookmarked. */
export function CaseloadPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { value, page, setFilter, setPage } = useUrlFilters<FilterName>();

  const apiPath = `/seekers${queryString({
    q: value('q') || undefined,
    segment: value('segment') || undefined,
    status: value('status') || undefined,
    hasOpenActions: value('actions') === 'yes' ? true : value('actions') === 'no' ? false : undefined,
    assignedToMe: value('mine') === 'true' ? true : undefined,
    ...(LAST_CONTACT[value('contact')]?.filter() ?? {}),
    page,
    pageSize: PAGE_SIZE,
  })}`;
  const caseload = useApiQuery<CaseloadResponse>(apiPath);
  const filterSelect = (name: Exclude<FilterName, 'q' | 'mine'>, label: string, placeholder: string, options: { value: string; label: string }[]) => (
    <SelectField name={name} label={label} placeholder={placeholder} options={options} value={value(name)} onChange={(next) => setFilter(name, next)} required />
  );

  return (
    <>
      <PageHeading>{t('section.caseload')}</PageHeading>
      <SearchForm label={t('caseload.searchLabel')} fieldLabel={t('caseload.search')} initial={value('q')} onSearch={(text) => setFilter('q', text)} />
      <fieldset className="regie-fieldset">
        <legend>{t('caseload.filters')}</legend>
        <div className="regie-filters">
          {filterSelect('segment', t('caseload.segment'), t('caseload.all'), SEGMENT_VALUES.map((segment) => ({ value: segment, label: t(segmentKey(Number(segment))) })))}
          {filterSelect('status', t('caseload.status'), t('caseload.all'), CASE_STATUS_VALUES.map((status) => ({ value: status, label: t(caseStatusKey(status)) })))}
          {filterSelect('contact', t('caseload.lastContact'), t('caseload.any'), Object.entries(LAST_CONTACT).map(([key, choice]) => ({ value: key, label: t(choice.key) })))}
          {filterSelect('actions', t('caseload.openActions'), t('caseload.any'), [
            { value: 'yes', label: t('caseload.openActions.yes') },
            { value: 'no', label: t('caseload.openActions.no') },
          ])}
          <CheckboxField label={t('caseload.mine')} checked={value('mine') === 'true'} onChange={(checked) => setFilter('mine', checked ? 'true' : '')} />
        </div>
      </fieldset>

      <ResultTable
        query={caseload}
        caption={t('caseload.tableCaption')}
        columns={[
          { header: t('caseload.name'), cell: (resident) => <RouterLink to={`/werkzoekenden/${resident.seekerId}`}>{resident.displayName}</RouterLink> },
          { header: t('caseload.segment'), cell: (resident) => t(segmentKey(resident.segment)) },
          { header: t('caseload.status'), cell: (resident) => t(caseStatusKey(resident.status)) },
          { header: t('caseload.lastContact'), cell: (resident) => (resident.lastContactAt ? format.date(resident.lastContactAt) : t('caseload.never')) },
          { header: t('caseload.openActions'), cell: (resident) => resident.openActions },
          { header: t('caseload.caseworker'), cell: (resident) => resident.caseworker?.displayName ?? t('caseload.unassigned') },
        ]}
        rowKey={(resident) => resident.seekerId}
        count={(count) => t('caseload.count', { count })}
        empty={t('caseload.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </>
  );
}
