import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem';
import { todayInNetherlands } from '../common/validators';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import type { EmployerDashboardResponse } from './dto/employer-dashboard.response';
import { shownStatus } from './vacancy-lifecycle';
import type { VacancyStatus } from './vacancy.entity';

const VIEW_WINDOW_DAYS = 30;
const DASHBOARD_VACANCIES = 50;

/** The figures on an employer's start page, and the views that feed them. */
@Injectable()
export class EmployerDashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One more view today; job seekers' views only (the employer's own and caseworkers' are not counted). */
  async recordView(vacancyId: string, actor: AuthenticatedUser): Promise<void> {
    if (actor.role !== 'seeker') return;
    await this.dataSource.query(
      `INSERT INTO vacancy_view_day (vacancy_id, day, views) VALUES ($1, $2, 1)
       ON CONFLICT (vacancy_id, day) DO UPDATE SET views = vacancy_view_day.views + 1`,
      [vacancyId, todayInNetherlands()],
    );
  }

  async dashboard(employerId: string, actor: AuthenticatedUser): Promise<EmployerDashboardResponse> {
    if (actor.role !== 'administrator' && actor.employerId !== employerId) throw notFound('The employer');
    const today = todayInNetherlands();
    const since = viewWindowStart(today);
    const [totals] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM vacancy WHERE employer_id = $1 AND status = 'published' AND (closes_on IS NULL OR closes_on >= $2))::int AS open,
         (SELECT count(*) FROM vacancy WHERE employer_id = $1 AND status = 'draft')::int AS drafts,
         (SELECT count(*) FROM application a JOIN vacancy v ON v.id = a.vacancy_id WHERE v.employer_id = $1 AND a.status = 'applied')::int AS new_applications,
         (SELECT coalesce(sum(d.views), 0) FROM vacancy_view_day d JOIN vacancy v ON v.id = d.vacancy_id WHERE v.employer_id = $1 AND d.day > $3)::int AS views`,
      [employerId, today, since],
    );
    const [fill] = await this.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, count(*)::int AS filled
         FROM (SELECT extract(epoch FROM min(e.occurred_at) - v.published_at) / 86400 AS days
                 FROM vacancy v
                 JOIN application a ON a.vacancy_id = v.id
                 JOIN application_event e ON e.application_id = a.id AND e.to_status = 'hired'
                WHERE v.employer_id = $1 AND v.published_at IS NOT NULL
                GROUP BY v.id, v.published_at
               HAVING min(e.occurred_at) > now() - interval '365 days') AS hires`,
      [employerId],
    );
    const rows: { id: string; title: string; status: VacancyStatus; closes_on: string | null; applications: number; new_applications: number; views: number }[] =
      await this.dataSource.query(
        `SELECT v.id, v.title, v.status, v.closes_on,
                (SELECT count(*) FROM application a WHERE a.vacancy_id = v.id)::int AS applications,
                (SELECT count(*) FROM application a WHERE a.vacancy_id = v.id AND a.status = 'applied')::int AS new_applications,
                (SELECT coalesce(sum(d.views), 0) FROM vacancy_view_day d WHERE d.vacancy_id = v.id AND d.day > $2)::int AS views
           FROM vacancy v
          WHERE v.employer_id = $1 AND v.status IN ('published', 'paused')
          ORDER BY v.published_at DESC NULLS LAST, v.id
          LIMIT ${DASHBOARD_VACANCIES}`,
        [employerId, since],
      );
    return {
      openVacancies: totals.open,
      draftVacancies: totals.drafts,
      newApplications: totals.new_applications,
      viewsLast30Days: totals.views,
      timeToFill: { medianDays: fill.median === null ? null : Math.round(Number(fill.median) * 10) / 10, vacanciesFilled: fill.filled },
      vacancies: rows.map((row) => ({
        id: row.id,
        title: row.title,
        status: shownStatus({ status: row.status, closesOn: row.closes_on }, today),
        applications: row.applications,
        newApplications: row.new_applications,
        views: row.views,
      })),
    };
  }
}

/** The day before the first day of the view window (a window of 30 days ends today). */
function viewWindowStart(today: string): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - VIEW_WINDOW_DAYS);
  return date.toISOString().slice(0, 10);
}
