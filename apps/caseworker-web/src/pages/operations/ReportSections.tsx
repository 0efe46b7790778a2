import { Heading, Paragraph, TableBody, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import {
  useLanguage,
  type FunnelSection,
  type NoShowSection,
  type OutflowSection,
  type PlacementsByKindSection,
  type SkillsSection,
  type TimeToPlacementSection,
} from '@meedoen/web';
import { useId, type ReactNode } from 'react';
import { useCaseworkerT } from '../../messages';
import { HorizontalBarChart, OutflowChart, PairedBarChart, RateLineChart, type OutflowPoint } from './charts';
import { formatMonth, formatNumber, percentOf } from './dates';
import { ScrollTable } from './ScrollTable';
import { KIND_LABEL_KEYS } from './vocabulary';

const FUNNEL_STEPS = ['intakes', 'proposed', 'applied', 'placed', 'measurableAfterSixMonths', 'stillWorkingAfterSixMonths'] as const satisfies readonly (keyof FunnelSection)[];
const DECEMBER = 12;
/** The skills chart shows the largest gaps; the table lists them all. */
const CHARTED_SKILLS = 8;

function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="ops-report" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Monthly and added-up outflow in the period, and the forecast carried on to December from the year's pace. */
function outflowPoints(outflow: OutflowSection, label: (month: string) => string): OutflowPoint[] {
  let cumulative = 0;
  const points: OutflowPoint[] = outflow.byMonth.map(({ month, count }) => ({ label: label(month), count, cumulative: (cumulative += count) }));
  const lastMonth = outflow.byMonth.at(-1)?.month;
  if (!lastMonth || Number(lastMonth.slice(0, 4)) !== outflow.year) return points;
  const last = Number(lastMonth.slice(5));
  const rest = outflow.forecast - outflow.yearSoFar;
  points[points.length - 1].forecast = cumulative;
  for (let month = last + 1; month <= DECEMBER; month++) {
    const forecast = cumulative + (rest * (month - last)) / (DECEMBER - last);
    points.push({ label: label(`${outflow.year}-${String(month).padStart(2, '0')}`), forecast: Math.round(forecast * 10) / 10 });
  }
  return points;
}

export function OutflowReport({ outflow }: { outflow: OutflowSection }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const summary = [
    t('ops.reports.outflowSummary', { year: outflow.year, yearSoFar: outflow.yearSoFar, target: outflow.yearlyTarget, forecast: outflow.forecast }),
    outflow.forecastShareOfTarget !== null ? t('ops.reports.forecastShare', { percent: formatNumber(percentOf(outflow.forecastShareOfTarget), language, 1) }) : '',
    t('ops.reports.inPeriod', { count: outflow.count }),
  ]
    .filter(Boolean)
    .join(' ');
  let cumulative = 0;
  return (
    <ReportSection title={t('ops.reports.outflow')}>
      <Paragraph>{t('ops.reports.outflowExplained')}</Paragraph>
      <Paragraph>
        <strong>{summary}</strong>
      </Paragraph>
      <OutflowChart
        summary={t('ops.reports.chartOutflow', { summary })}
        data={outflowPoints(outflow, (month) => formatMonth(month, language, true))}
        target={outflow.yearlyTarget}
        labels={{
          count: t('ops.reports.outflowInMonth'),
          cumulative: t('ops.reports.cumulative'),
          forecast: t('ops.reports.forecast'),
          target: t('ops.reports.target', { target: outflow.yearlyTarget }),
        }}
      />
      <ScrollTable
        caption={`${t('ops.reports.outflow')}: ${t('ops.reports.chartTable')}`}
        columns={[
          t('ops.reports.month'),
          t('ops.reports.outflowInMonth'),
          t('ops.reports.cumulative'),
        ]}
      >
        <TableBody>
          {outflow.byMonth.map(({ month, count }) => (
            <TableRow key={month}>
              <TableHeaderCell scope="row">{formatMonth(month, language)}</TableHeaderCell>
              <TableCell>{count}</TableCell>
              <TableCell>{(cumulative += count)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    </ReportSection>
  );
}

/** A chart of labelled counts and the same counts as a two-column table. */
function CountReport({ title, rows, chartSummary, labelHeader }: { title: string; rows: { label: string; value: number }[]; chartSummary: string; labelHeader: string }) {
  const t = useCaseworkerT();
  const summary = rows.map((row) => `${row.label}: ${row.value}`).join(', ');
  return (
    <>
      <HorizontalBarChart summary={`${chartSummary} ${summary}.`} data={rows} name={title} />
      <ScrollTable caption={`${title}: ${t('ops.reports.chartTable')}`} columns={[labelHeader, t('ops.reports.count')]}>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              <TableCell>{row.value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    </>
  );
}

export function PlacementsByKindReport({ section }: { section: PlacementsByKindSection }) {
  const t = useCaseworkerT();
  const title = t('ops.reports.placementsByKind');
  return (
    <ReportSection title={title}>
      <Paragraph>{t('ops.reports.placementsByKindExplained', { total: section.total })}</Paragraph>
      <CountReport
        title={title}
        labelHeader={t('ops.reports.kind')}
        chartSummary={t('ops.reports.chartByKind')}
        rows={section.items.map((item) => ({ label: t(KIND_LABEL_KEYS[item.kind]), value: item.count }))}
      />
    </ReportSection>
  );
}

export function FunnelReport({ funnel }: { funnel: FunnelSection }) {
  const t = useCaseworkerT();
  const title = t('ops.reports.funnel');
  return (
    <ReportSection title={title}>
      <Paragraph>{t('ops.reports.funnelExplained')}</Paragraph>
      <CountReport
        title={title}
        labelHeader={t('ops.reports.step')}
        chartSummary={t('ops.reports.chartFunnel')}
        rows={FUNNEL_STEPS.map((step) => ({ label: t(`ops.reports.funnel.${step}`), value: funnel[step] }))}
      />
    </ReportSection>
  );
}

export function TimeToPlacementReport({ section }: { section: TimeToPlacementSection }) {
  const t = useCaseworkerT();
  return (
    <ReportSection title={t('ops.reports.timeToPlacement')}>
      <Paragraph>
        {section.medianDays === null
          ? t('ops.reports.timeToPlacementNone')
          : t('ops.reports.timeToPlacementValue', { days: section.medianDays, measured: section.measured })}
      </Paragraph>
    </ReportSection>
  );
}

export function NoShowReport({ section }: { section: NoShowSection }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const rate = (value: number | null) => (value === null ? t('ops.reports.noRate') : t('ops.reports.percent', { value: formatNumber(percentOf(value), language, 1) }));
  const summary =
    section.noShowRate === null
      ? t('ops.reports.noShowNone')
      : t('ops.reports.noShowSummary', {
          noShows: section.noShows,
          total: section.attended + section.noShows,
          percent: formatNumber(percentOf(section.noShowRate), language, 1),
        });
  return (
    <ReportSection title={t('ops.reports.noShows')}>
      <Paragraph>
        <strong>{summary}</strong>
      </Paragraph>
      {section.noShowRate !== null && (
        <>
          <RateLineChart
            summary={t('ops.reports.chartNoShows', { summary })}
            name={t('ops.reports.noShowRate')}
            data={section.byMonth.map((month) => ({
              label: formatMonth(month.month, language, true),
              percent: month.noShowRate === null ? null : percentOf(month.noShowRate),
            }))}
          />
          <ScrollTable
            caption={`${t('ops.reports.noShows')}: ${t('ops.reports.chartTable')}`}
            columns={[
              t('ops.reports.month'),
              t('ops.reports.attended'),
              t('ops.reports.noShowCount'),
              t('ops.reports.noShowRate'),
            ]}
          >
            <TableBody>
              {section.byMonth.map((month) => (
                <TableRow key={month.month}>
                  <TableHeaderCell scope="row">{formatMonth(month.month, language)}</TableHeaderCell>
                  <TableCell>{month.attended}</TableCell>
                  <TableCell>{month.noShows}</TableCell>
                  <TableCell>{rate(month.noShowRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
    </ReportSection>
  );
}

export function SkillsReport({ section }: { section: SkillsSection }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const percent = (share: number) => t('ops.reports.percent', { value: formatNumber(percentOf(share), language, 1) });
  const title = t('ops.reports.skills');
  return (
    <ReportSection title={title}>
      <Paragraph>
        {t('ops.reports.skillsExplained', { vacancies: section.vacancies, residents: section.residents })}{' '}
        {section.region && t('ops.reports.skillsRegion', { region: section.region })}
      </Paragraph>
      {section.mostMissing.length === 0 ? (
        <Paragraph>{t('ops.reports.skillsNone')}</Paragraph>
      ) : (
        <>
          <PairedBarChart
            summary={`${t('ops.reports.chartSkills')} ${section.mostMissing
              .slice(0, CHARTED_SKILLS)
              .map((skill) => `${skill.label}: ${percent(skill.demandShare)} / ${percent(skill.supplyShare)}`)
              .join(', ')}.`}
            names={{ demand: t('ops.reports.demand'), supply: t('ops.reports.supply') }}
            data={section.mostMissing.slice(0, CHARTED_SKILLS).map((skill) => ({
              label: skill.label,
              demand: percentOf(skill.demandShare),
              supply: percentOf(skill.supplyShare),
            }))}
          />
          <ScrollTable
            caption={`${title}: ${t('ops.reports.chartTable')}`}
            columns={[
              t('ops.reports.skill'),
              t('ops.reports.demand'),
              t('ops.reports.supply'),
              t('ops.reports.gap'),
            ]}
          >
            <TableBody>
              {section.mostMissing.map((skill) => (
                <TableRow key={skill.skillId}>
                  <TableHeaderCell scope="row">{skill.label}</TableHeaderCell>
                  <TableCell>{percent(skill.demandShare)}</TableCell>
                  <TableCell>{percent(skill.supplyShare)}</TableCell>
                  <TableCell>{t('ops.reports.points', { value: formatNumber(percentOf(skill.gap), language, 1) })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
    </ReportSection>
  );
}
