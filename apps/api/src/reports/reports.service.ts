import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PLACEMENT_KINDS, PlacementKind } from '../placements/placement.entity';
import { FunnelSection, NoShowSection, OutflowSection, PlacementsByKindSection, TimeToPlacementSection } from './dto/report.response';
import { linearYearForecast, monthsBetween, rate } from './report-math';
import { ReportScope } from './report-scope.service';

/** $3 is the municipality code, or null for all municipalities. */
const IN_SCOPE = (alias: string) => `($3::varchar IS NULL OR ${alias}.municipality_code = $3)`;
const AMSTERDAM_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;
const SIX_MONTHS_AFTER_START = `(p.start_date + interval '6 months')::date`;

/** The municipality's figures, computed from placements, intakes, proposals, applications and appointments; never personal data. */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async outflow(scope: ReportScope): Promise<OutflowSection> {
    const rows: { month: string; count: number }[] = await this.query(
      `SELECT to_char(p.start_date, 'YYYY-MM') AS month, count(*)::int AS count FROM placement p
       WHERE p.counts_as_outflow AND p.start_date BETWEEN $1 AND $2 AND ${IN_SCOPE('p')} GROUP BY 1`,
      scope,
    );
    const counts = new Map(rows.map((row) => [row.month, row.count]));
    const byMonth = monthsBetween(scope.from, scope.to).map((month) => ({ month, count: counts.get(month) ?? 0 }));
    const year = Number(scope.to.slice(0, 4));
    const [{ count: yearSoFar }]: { count: number }[] = await this.query(
      `SELECT count(*)::int AS count FROM placement p WHERE p.counts_as_outflow AND p.start_date BETWEEN $1 AND $2 AND ${IN_SCOPE('p')}`,
      { ...scope, from: `${year}-01-01` },
    );
    const forecast = linearYearForecast(yearSoFar, scope.to);
    return {
      count: byMonth.reduce((sum, month) => sum + month.count, 0),
      byMonth,
      year,
      yearlyTarget: scope.yearlyTarget,
      yearSoFar,
      forecast,
      forecastShareOfTarget: rate(forecast, scope.yearlyTarget),
    };
  }

  async placementsByKind(scope: ReportScope): Promise<PlacementsByKindSection> {
    const rows: { kind: PlacementKind; count: number }[] = await this.query(
      `SELECT p.kind, count(*)::int AS count FROM placement p WHERE p.start_date BETWEEN $1 AND $2 AND ${IN_SCOPE('p')} GROUP BY p.kind`,
      scope,
    );
    const items = PLACEMENT_KINDS.map((kind) => ({ kind, count: rows.find((row) => row.kind === kind)?.count ?? 0 }));
    return { items, total: items.reduce((sum, item) => sum + item.count, 0) };
  }

  async funnel(scope: ReportScope): Promise<FunnelSection> {
    const placedInPeriod = `FROM placement p WHERE p.start_date BETWEEN $1 AND $2 AND ${IN_SCOPE('p')}`;
    const [row]: FunnelSection[] = await this.query(
      `SELECT
         (SELECT count(*)::int FROM intake i WHERE ${AMSTERDAM_DAY('i.completed_at')} BETWEEN $1 AND $2 AND ${IN_SCOPE('i')}) AS "intakes",
         (SELECT count(DISTINCT pr.seeker_user_id)::int FROM proposal pr JOIN "user" u ON u.id = pr.seeker_user_id
            WHERE ${AMSTERDAM_DAY('pr.created_at')} BETWEEN $1 AND $2 AND ${IN_SCOPE('u')}) AS "proposed",
         (SELECT count(DISTINCT a.seeker_user_id)::int FROM application a JOIN "user" u ON u.id = a.seeker_user_id
            WHERE ${AMSTERDAM_DAY('a.created_at')} BETWEEN $1 AND $2 AND ${IN_SCOPE('u')}) AS "applied",
         (SELECT count(DISTINCT p.seeker_id)::int ${placedInPeriod}) AS "placed",
         (SELECT count(DISTINCT p.seeker_id)::int ${placedInPeriod} AND ${SIX_MONTHS_AFTER_START} <= $4) AS "measurableAfterSixMonths",
         (SELECT count(DISTINCT p.seeker_id)::int ${placedInPeriod} AND ${SIX_MONTHS_AFTER_START} <= $4
            AND (p.ended_on IS NULL OR p.ended_on >= ${SIX_MONTHS_AFTER_START})) AS "stillWorkingAfterSixMonths"`,
      scope,
    );
    return row;
  }

  async timeToPlacement(scope: ReportScope): Promise<TimeToPlacementSection> {
    const [row]: { medianDays: number | null; measured: number }[] = await this.query(
      `WITH first_placement AS (
         SELECT i.municipality_code, ${AMSTERDAM_DAY('i.completed_at')} AS intake_day,
                (SELECT min(p.start_date) FROM placement p WHERE p.seeker_id = i.seeker_id AND p.start_date >= ${AMSTERDAM_DAY('i.completed_at')}) AS start_date
         FROM intake i WHERE i.completed_at IS NOT NULL)
       SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f.start_date - f.intake_day) AS "medianDays", count(*)::int AS "measured"
       FROM first_placement f WHERE f.start_date BETWEEN $1 AND $2 AND ${IN_SCOPE('f')}`,
      scope,
    );
    return { medianDays: row.medianDays === null ? null : Number(row.medianDays), measured: row.measured };
  }

  async noShows(scope: ReportScope): Promise<NoShowSection> {
    const rows: { month: string; attended: number; noShows: number }[] = await this.query(
      `SELECT to_char(${AMSTERDAM_DAY('a.starts_at')}, 'YYYY-MM') AS month,
              count(*) FILTER (WHERE a.status = 'attended')::int AS "attended", count(*) FILTER (WHERE a.status = 'no-show')::int AS "noShows"
       FROM appointment a WHERE ${AMSTERDAM_DAY('a.starts_at')} BETWEEN $1 AND $2 AND ${IN_SCOPE('a')} GROUP BY 1`,
      scope,
    );
    const byMonth = monthsBetween(scope.from, scope.to).map((month) => {
      const { attended = 0, noShows = 0 } = rows.find((row) => row.month === month) ?? {};
      return { month, attended, noShows, noShowRate: rate(noShows, attended + noShows) };
    });
    const attended = byMonth.reduce((sum, month) => sum + month.attended, 0);
    const noShows = byMonth.reduce((sum, month) => sum + month.noShows, 0);
    return { attended, noShows, noShowRate: rate(noShows, attended + noShows), byMonth };
  }

  /** $1 from, $2 to, $3 municipality (or null), and $4 today only where the query uses it: PostgreSQL refuses unused parameters. */
  private query<T>(sql: string, scope: ReportScope): Promise<T> {
    const params: unknown[] = [scope.from, scope.to, scope.municipalityCode];
    return this.dataSource.query(sql, sql.includes('$4') ? [...params, scope.today] : params);
  }
}
