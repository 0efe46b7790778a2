import { Button, Paragraph } from '@utrecht/component-library-react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  SelectField,
  TextField,
  useApiQuery,
  type CaseloadResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { CheckboxField } from '../components/CheckboxField';
import { Pagination } from '../components/Pagination';
import { CASE_STATUS_VALUES, caseStatusKey, SEGMENT_VALUES, segmentKey } from '../components/labels';
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
  const [params, setParams] = useSearchParams();
  const value = (name: FilterName) => params.get(name) ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(value('q'));

  const setFilter = (name: FilterName | 'page', next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set(name, next);
    else updated.delete(name);
    if (name !== 'page') updated.delete('page');
    setParams(updated);
  };

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

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter('q', search.trim());
  };

  return (
    <>
      <PageHeading>{t('section.caseload')}</PageHeading>
      <form role="search" className="regie-search" onSubmit={submitSearch} noValidate aria-label={t('caseload.searchLabel')}>
        <TextField name="q" label={t('caseload.search')} value={search} onChange={setSearch} required autoComplete="off" />
        <Button type="submit" appearance="primary-action-button">
          {t('caseload.searchButton')}
        </Button>
      </form>
      <fieldset className="regie-fieldset">
        <legend>{t('caseload.filters')}</legend>
        <div className="regie-filters">
          <SelectField
            name="segment"
            label={t('caseload.segment')}
            placeholder={t('caseload.all')}
            options={SEGMENT_VALUES.map((segment) => ({ value: segment, label: t(segmentKey(Number(segment))) }))}
            value={value('segment')}
            onChange={(next) => setFilter('segment', next)}
            required
          />
          <SelectField
            name="status"
            label={t('caseload.status')}
            placeholder={t('caseload.all')}
            options={CASE_STATUS_VALUES.map((status) => ({ value: status, label: t(caseStatusKey(status)) }))}
            value={value('status')}
            onChange={(next) => setFilter('status', next)}
            required
          />
          <SelectField
            name="contact"
            label={t('caseload.lastContact')}
            placeholder={t('caseload.any')}
            options={Object.entries(LAST_CONTACT).map(([key, choice]) => ({ value: key, label: t(choice.key) }))}
            value={value('contact')}
            onChange={(next) => setFilter('contact', next)}
            required
          />
          <SelectField
            name="actions"
            label={t('caseload.openActions')}
            placeholder={t('caseload.any')}
            options={[
              { value: 'yes', label: t('caseload.openActions.yes') },
              { value: 'no', label: t('caseload.openActions.no') },
            ]}
            value={value('actions')}
            onChange={(next) => setFilter('actions', next)}
            required
          />
          <CheckboxField label={t('caseload.mine')} checked={value('mine') === 'true'} onChange={(checked) => setFilter('mine', checked ? 'true' : '')} />
        </div>
      </fieldset>

      <div aria-live="polite">
        {caseload.status === 'success' && <Paragraph>{t('caseload.count', { count: caseload.data.total })}</Paragraph>}
      </div>
      {caseload.status === 'loading' && <LoadingState />}
      {caseload.status === 'error' && <ErrorState problem={caseload.problem} onRetry={caseload.reload} />}
      {caseload.status === 'success' &&
        (caseload.data.items.length === 0 ? (
          <EmptyState message={t('caseload.empty')} />
        ) : (
          <>
            <div className="regie-table-region" role="region" aria-labelledby="caseload-caption" tabIndex={0}>
              <table className="regie-table">
                <caption id="caseload-caption" className="regie-visually-hidden">
                  {t('caseload.tableCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('caseload.name')}</th>
                    <th scope="col">{t('caseload.segment')}</th>
                    <th scope="col">{t('caseload.status')}</th>
                    <th scope="col">{t('caseload.lastContact')}</th>
                    <th scope="col">{t('caseload.openActions')}</th>
                    <th scope="col">{t('caseload.caseworker')}</th>
                  </tr>
                </thead>
                <tbody>
                  {caseload.data.items.map((resident) => (
                    <tr key={resident.seekerId}>
                      <th scope="row">
                        <RouterLink to={`/werkzoekenden/${resident.seekerId}`}>{resident.displayName}</RouterLink>
                      </th>
                      <td>{t(segmentKey(resident.segment))}</td>
                      <td>{t(caseStatusKey(resident.status))}</td>
                      <td>{resident.lastContactAt ? format.date(resident.lastContactAt) : t('caseload.never')}</td>
                      <td>{resident.openActions}</td>
                      <td>{resident.caseworker?.displayName ?? t('caseload.unassigned')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={caseload.data.total} onPage={(next) => setFilter('page', String(next))} />
          </>
        ))}
    </>
  );
}
