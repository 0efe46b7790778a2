import { Button, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import {
  DateField,
  ErrorState,
  LoadingState,
  PageHeading,
  SelectField,
  useApiQuery,
  useAuth,
  useLanguage,
  type MunicipalityListResponse,
  type OutflowReportResponse,
  type SkillsReportResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useCaseworkerT } from '../../messages';
import './operations.css';
import { formatDay, isDay, today } from './dates';
import { FunnelReport, NoShowReport, OutflowReport, PlacementsByKindReport, SkillsReport, TimeToPlacementReport } from './ReportSections';

/** The reports that can be downloaded as CSV, by their API path and their heading on this page. */
const DOWNLOADS = [
  ['outflow', 'ops.reports.outflow'],
  ['placements-by-kind', 'ops.reports.placementsByKind'],
  ['funnel', 'ops.reports.funnel'],
  ['time-to-placement', 'ops.reports.timeToPlacement'],
  ['no-shows', 'ops.reports.noShows'],
  ['skills', 'ops.reports.skills'],
] as const;

/** Results of the municipality (administrators: of any or all): outflow against the target and how the work goes. */
export function ReportsPage() {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const isAdministrator = user?.role === 'administrator';
  const from = isDay(params.get('van')) ? params.get('van')! : `${today().slice(0, 4)}-01-01`;
  const to = isDay(params.get('tot')) ? params.get('tot')! : today();
  const municipalityCode = isAdministrator ? (params.get('gemeente') ?? '') : '';
  const scope = new URLSearchParams({ from, to, ...(municipalityCode ? { municipalityCode } : {}) });
  const report = useApiQuery<OutflowReportResponse>(`/reports/outflow?${scope}`);
  const skills = useApiQuery<SkillsReportResponse>(`/reports/skills?${scope}`);
  const municipalities = useApiQuery<MunicipalityListResponse>('/municipalities');
  const names = new Map(municipalities.status === 'success' ? municipalities.data.items.map((item) => [item.code, item.name]) : []);

  return (
    <>
      <PageHeading>{t('section.results')}</PageHeading>
      <Paragraph className="meedoen-intro">{t('ops.reports.intro')}</Paragraph>
      <PeriodForm
        key={`${from}-${to}-${municipalityCode}`}
        from={from}
        to={to}
        municipalityCode={municipalityCode}
        municipalities={isAdministrator && municipalities.status === 'success' ? municipalities.data.items : undefined}
        onChange={setParams}
      />
      {report.status === 'loading' && <LoadingState />}
      {report.status === 'error' && <ErrorState problem={report.problem} onRetry={report.reload} />}
      {report.status === 'success' && (
        <>
          <Paragraph>
            <strong>
              {t('ops.reports.period', {
                from: formatDay(report.data.from, language),
                to: formatDay(report.data.to, language),
                scope: report.data.municipalityCode
                  ? t('ops.reports.scopeOne', { name: names.get(report.data.municipalityCode) ?? report.data.municipalityCode })
                  : t('ops.reports.scopeAll'),
              })}
            </strong>
          </Paragraph>
          <div className="ops-no-print">
            <Button appearance="secondary-action-button" onClick={() => window.print()}>
              {t('ops.reports.print')}
            </Button>
            <Heading level={2}>{t('ops.reports.downloads')}</Heading>
            <UnorderedList>
              {DOWNLOADS.map(([path, titleKey]) => (
                <UnorderedListItem key={path}>
                  <Link href={`/api/v1/reports/${path}?${scope}&format=csv`} download>
                    {t('ops.reports.csv', { name: t(titleKey) })}
                  </Link>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </div>
          <OutflowReport outflow={report.data.outflow} />
          <PlacementsByKindReport section={report.data.placementsByKind} />
          <FunnelReport funnel={report.data.funnel} />
          <TimeToPlacementReport section={report.data.timeToPlacement} />
          <NoShowReport section={report.data.noShows} />
        </>
      )}
      {skills.status === 'loading' && report.status !== 'loading' && <LoadingState />}
      {skills.status === 'error' && <ErrorState problem={skills.problem} onRetry={skills.reload} />}
      {skills.status === 'success' && report.status === 'success' && <SkillsReport section={skills.data.skills} />}
    </>
  );
}

function PeriodForm({
  from,
  to,
  municipalityCode,
  municipalities,
  onChange,
}: {
  from: string;
  to: string;
  municipalityCode: string;
  municipalities?: MunicipalityListResponse['items'];
  onChange: (params: URLSearchParams) => void;
}) {
  const t = useCaseworkerT();
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [draftMunicipality, setDraftMunicipality] = useState(municipalityCode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ van: isDay(draftFrom) ? draftFrom : from, tot: isDay(draftTo) ? draftTo : to });
    if (draftMunicipality) next.set('gemeente', draftMunicipality);
    onChange(next);
  };
  return (
    <form className="ops-filters ops-no-print" onSubmit={submit} aria-label={t('ops.reports.filters')}>
      <DateField name="van" label={t('ops.reports.from')} required value={draftFrom} onChange={setDraftFrom} />
      <DateField name="tot" label={t('ops.reports.to')} required value={draftTo} onChange={setDraftTo} />
      {municipalities && (
        <SelectField
          name="gemeente"
          label={t('ops.reports.municipality')}
          required
          value={draftMunicipality}
          onChange={setDraftMunicipality}
          placeholder={t('ops.reports.allMunicipalities')}
          options={municipalities.map((item) => ({ value: item.code, label: item.name }))}
        />
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t('ops.show')}
      </Button>
    </form>
  );
}
