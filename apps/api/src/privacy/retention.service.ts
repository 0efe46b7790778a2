import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { ErasureService } from './erasure.service';

export interface RetentionRun {
  warned: number;
  anonymised: number;
  reactivated: number;
}

/**
 * A resident is inactive when, for RETENTION_INACTIVE_MONTHS, they did not sign in, the case saw no contact or change,
 * no appointment was planned, and no placement runs. Inactive residents are warned; RETENTION_GRACE_DAYS later, still
 * inactive, their personal data is erased. New activity withdraws the warning.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly erasure: ErasureService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async run(now = new Date()): Promise<RetentionRun> {
    const cutoff = new Date(now);
    cutoff.setMonth(cutoff.getMonth() - this.config.retentionInactiveMonths);
    const graceEnded = new Date(now.getTime() - this.config.retentionGraceDays * 86_400_000);

    const [reactivated]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE "user" u SET retention_warned_at = NULL
       WHERE u.retention_warned_at IS NOT NULL AND u.id NOT IN (${INACTIVE_SINCE('$1')}) RETURNING u.id`,
      [cutoff],
    );
    const toWarn: { id: string; municipality_code: string }[] = await this.dataSource.query(
      `SELECT u.id, u.municipality_code FROM "user" u WHERE u.retention_warned_at IS NULL AND u.id IN (${INACTIVE_SINCE('$1')})`,
      [cutoff],
    );
    let warned = 0;
    for (const resident of toWarn) {
      // The e-mail to the resident goes through the notifications outbox once that domain is merged.
      warned += await this.dataSource.transaction(async (manager) => {
        const [rows] = await manager.query(`UPDATE "user" SET retention_warned_at = $2 WHERE id = $1 AND retention_warned_at IS NULL RETURNING id`, [resident.id, now]);
        if (rows.length === 0) return 0; // another worker was first
        await this.audit.record(
          null,
          { action: 'seeker.retention-warned', subjectType: 'seeker', subjectId: resident.id, municipalityCode: resident.municipality_code },
          manager,
        );
        return 1;
      });
    }
    const toErase: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM "user" u WHERE u.retention_warned_at <= $2 AND u.id IN (${INACTIVE_SINCE('$1')})`,
      [cutoff, graceEnded],
    );
    let anonymised = 0;
    for (const resident of toErase) {
      // Another worker, or the resident's own request, may have erased the data meanwhile.
      anonymised += await this.erasure.erase(null, resident.id, 'retention').then(
        () => 1,
        (error: unknown) => {
          if (error instanceof ProblemException && error.getStatus() === 404) return 0;
          throw error;
        },
      );
    }
    const result = { warned, anonymised, reactivated: reactivated.length };
    this.logger.log(`retention: ${result.warned} warned, ${result.anonymised} anonymised, ${result.reactivated} active again`);
    return result;
  }
}

/** Residents (not yet anonymised) with no activity since the cutoff. */
const INACTIVE_SINCE = (cutoff: string) => `
  SELECT r.id FROM "user" r LEFT JOIN case_file c ON c.seeker_id = r.id
  WHERE r.role = 'seeker' AND r.anonymised_at IS NULL
    AND greatest(r.created_at, r.last_sign_in_at, c.last_contact_at, c.updated_at) < ${cutoff}
    AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.seeker_id = r.id AND p.ended_on IS NULL)
    AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.seeker_id = r.id AND (a.starts_at >= ${cutoff} OR a.created_at >= ${cutoff}))`;
