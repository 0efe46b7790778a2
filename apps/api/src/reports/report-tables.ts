import { FunnelSection, NoShowSection, OutflowSection, PlacementsByKindSection, SkillsSection, TimeToPlacementSection } from './dto/report.response';

/** The CSV form of each report: a header row and data rows. */
export interface ReportTable {
  columns: string[];
  rows: (string | number | null)[][];
}

export function outflowTable(outflow: OutflowSection): ReportTable {
  let cumulative = 0;
  return {
    columns: ['month', 'outflow', 'cumulative'],
    rows: outflow.byMonth.map(({ month, count }) => [month, count, (cumulative += count)]),
  };
}

export const placementsByKindTable = (section: PlacementsByKindSection): ReportTable => ({
  columns: ['kind', 'placements'],
  rows: section.items.map(({ kind, count }) => [kind, count]),
});

export const funnelTable = (funnel: FunnelSection): ReportTable => ({
  columns: ['stage', 'residents'],
  rows: Object.entries(funnel).map(([stage, count]) => [stage, count]),
});

export const timeToPlacementTable = (section: TimeToPlacementSection): ReportTable => ({
  columns: ['medianDays', 'measured'],
  rows: [[section.medianDays, section.measured]],
});

export const noShowTable = (section: NoShowSection): ReportTable => ({
  columns: ['month', 'attended', 'noShows', 'noShowRate'],
  rows: section.byMonth.map(({ month, attended, noShows, noShowRate }) => [month, attended, noShows, noShowRate]),
});

export const skillsTable = (section: SkillsSection): ReportTable => ({
  columns: ['list', 'skillId', 'label', 'vacancies', 'demandShare', 'seekers', 'supplyShare', 'gap'],
  rows: [
    ...section.mostAsked.map(({ skillId, label, vacancies, demandShare }) => ['most-asked', skillId, label, vacancies, demandShare, null, null, null]),
    ...section.mostMissing.map(({ skillId, label, vacancies, demandShare, seekers, supplyShare, gap }) => ['most-missing', skillId, label, vacancies, demandShare, seekers, supplyShare, gap]),
  ],
});
