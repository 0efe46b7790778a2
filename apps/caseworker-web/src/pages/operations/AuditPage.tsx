import { Button, Paragraph, TableBody, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import {
  DateField,
  PageHeading,
  RouterLink,
  SelectField,
  TextField,
  useApiQuery,
  useLanguage,
  type AuditEventListResponse,
  type AuditEventResponse,
  type MunicipalityListResponse,
  type Role,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useCaseworkerT } from '../../messages';
import './operations.css';
import { formatMoment, isDay } from './dates';
import { PagedResults, pageFrom } from './PagedResults';
import { ScrollTable } from './ScrollTable';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from './vocabulary';

const PAGE_SIZE = 50;
const ROLES: readonly string[] = ['seeker', 'employer', 'caseworker', 'administrator'] satisfies Role[];

/** Address parameter → API filter. The address is Dutch, the API English. */
const FILTERS = {
  actie: 'action',
  over: 'subjectType',
  id: 'subjectId',
  door: 'actorUserId',
  gemeente: 'municipalityCode',
  van: 'from',
  tot: 'to',
} as const;
type FilterParam = keyof typeof FILTERS;
type Filters = Record<FilterParam, string>;

const isKnownAction = (action: string): action is (typeof AUDIT_ACTIONS)[number] => (AUDIT_ACTIONS as readonly string[]).includes(action);
const isKnownSubject = (type: string): type is (typeof AUDIT_SUBJECT_TYPES)[number] => (AUDIT_SUBJECT_TYPES as readonly string[]).includes(type);

function filtersFrom(params: URLSearchParams): Filters {
  const filters = Object.fromEntries(Object.keys(FILTERS).map((key) => [key, params.get(key)?.trim() ?? ''])) as Filters;
  if (!isDay(filters.van)) filters.van = '';
  if (!isDay(filters.tot)) filters.tot = '';
  return filters;
}

function apiPath(filters: Filters, page: number): string {
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  for (const [param, field] of Object.entries(FILTERS)) {
    const value = filters[param as FilterParam];
    if (value) query.set(field, value);
  }
  return `/audit-events?${query}`;
}

/** The append-only audit log for administrators: who read or changed what, about whom, and why. */
export function AuditPage() {
  const t = useCaseworkerT();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const page = pageFrom(params);
  const query = useApiQuery<AuditEventListResponse>(apiPath(filters, page));
  const municipalities = useApiQuery<MunicipalityListResponse>('/municipalities');
  const names = new Map(municipalities.status === 'success' ? municipalities.data.items.map((item) => [item.code, item.name]) : []);

  return (
    <>
      <PageHeading>{t('ops.section.audit')}</PageHeading>
      <Paragraph className="meedoen-intro">{t('ops.audit.intro')}</Paragraph>
      <AuditFilters
        key={params.toString()}
        filters={filters}
        municipalities={municipalities.status === 'success' ? municipalities.data.items : []}
        onChange={setParams}
      />
      <PagedResults query={query} page={page} pageSize={PAGE_SIZE} empty={t('ops.audit.empty')} count={(count) => t('ops.audit.count', { count })}>
        {(events) => <AuditTable events={events} municipalityName={(code) => names.get(code) ?? code} />}
      </PagedResults>
    </>
  );
}

function AuditFilters({
  filters,
  municipalities,
  onChange,
}: {
  filters: Filters;
  municipalities: MunicipalityListResponse['items'];
  onChange: (params: URLSearchParams) => void;
}) {
  const t = useCaseworkerT();
  const [draft, setDraft] = useState(filters);
  const set = (param: FilterParam) => (value: string) => setDraft((current) => ({ ...current, [param]: value }));
  const select = (param: FilterParam, label: string, placeholder: string, options: { value: string; label: string }[]) => (
    <SelectField name={param} label={label} required value={draft[param]} onChange={set(param)} placeholder={placeholder} options={options} />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(new URLSearchParams(Object.entries(draft).filter(([, value]) => value.trim() !== '')));
  };
  return (
    <form className="ops-filters" onSubmit={submit} aria-label={t('ops.audit.filters')}>
      {select('actie', t('ops.audit.action'), t('ops.audit.allActions'), AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`ops.auditAction.${action}`) })))}
      {select('over', t('ops.audit.subjectType'), t('ops.audit.allSubjects'), AUDIT_SUBJECT_TYPES.map((type) => ({ value: type, label: t(`ops.subjectType.${type}`) })))}
      <TextField
        name="id"
        label={t('ops.audit.subjectId')}
        description={t('ops.audit.subjectIdDescription')}
        value={draft.id}
        onChange={set('id')}
        maxLength={64}
      />
      {select('gemeente', t('ops.audit.municipality'), t('ops.reports.allMunicipalities'), municipalities.map((item) => ({ value: item.code, label: item.name })))}
      <DateField name="van" label={t('ops.reports.from')} value={draft.van} onChange={set('van')} />
      <DateField name="tot" label={t('ops.reports.to')} value={draft.tot} onChange={set('tot')} />
      {draft.door && (
        <TextField name="door" label={t('ops.audit.actorId')} value={draft.door} onChange={set('door')} maxLength={36} />
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t('ops.show')}
      </Button>
    </form>
  );
}

function AuditTable({ events, municipalityName }: { events: AuditEventResponse[]; municipalityName: (code: string) => string }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  return (
    <ScrollTable
      caption={t('ops.audit.tableCaption')}
      columns={[
        t('ops.audit.when'),
        t('ops.audit.what'),
        t('ops.audit.who'),
        t('ops.audit.subject'),
        t('ops.audit.municipality'),
        t('ops.audit.purpose'),
        t('ops.audit.details'),
      ]}
    >
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell>{formatMoment(event.occurredAt, language)}</TableCell>
            <TableHeaderCell scope="row">{isKnownAction(event.action) ? t(`ops.auditAction.${event.action}`) : event.action}</TableHeaderCell>
            <TableCell>
              {event.actorUserId ? (
                <RouterLink to={`/logboek?door=${encodeURIComponent(event.actorUserId)}`} title={t('ops.audit.byThisActor')}>
                  {t('ops.audit.actor', {
                    role: event.actorRole && ROLES.includes(event.actorRole) ? t(`role.${event.actorRole as Role}`) : (event.actorRole ?? ''),
                    id: event.actorUserId.slice(0, 8),
                  })}
                </RouterLink>
              ) : (
                t('ops.audit.system')
              )}
            </TableCell>
            <TableCell>
              <RouterLink to={`/logboek?${new URLSearchParams({ over: event.subjectType, id: event.subjectId })}`}>
                {t('ops.audit.subjectValue', {
                  type: isKnownSubject(event.subjectType) ? t(`ops.subjectType.${event.subjectType}`) : event.subjectType,
                  id: event.subjectId,
                })}
              </RouterLink>
            </TableCell>
            <TableCell>{event.municipalityCode ? municipalityName(event.municipalityCode) : ''}</TableCell>
            <TableCell>{event.purpose ?? ''}</TableCell>
            <TableCell>
              {Object.entries(event.details)
                .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
                .join('; ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
