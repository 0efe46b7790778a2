import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { CaseFile, CaseStatus, Segment } from './case-file.entity';
import { CaseloadQuery } from './dto/caseload.query';
import { CaseloadItemResponse } from './dto/caseload-item.response';

interface CaseloadRow {
  seekerId: string;
  displayName: string;
  email: string;
  municipalityCode: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
  segment: number | null;
  status: CaseStatus;
  lastContactAt: Date | null;
  openActions: string;
}

const OPEN_ACTIONS = `(SELECT count(*) FROM case_action action WHERE action.seeker_id = resident.id AND action.done_at IS NULL) + coalesce(case_file.open_plan_steps, 0)`;

/** The residents of the caseworker's municipality with their case state; residents without a case file are new and unassigned. */
@Injectable()
export class CaseloadService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async list(actor: AuthenticatedUser, query: CaseloadQuery): Promise<{ items: CaseloadItemResponse[]; total: number }> {
    const builder = this.filtered(this.base(actor), actor, query)
      .orderBy('resident.display_name', 'ASC')
      .addOrderBy('resident.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    const [rows, total] = await Promise.all([builder.getRawMany<CaseloadRow>(), builder.getCount()]);
    return { items: rows.map(toItem), total };
  }

  async item(actor: AuthenticatedUser, seekerId: string): Promise<CaseloadItemResponse> {
    const row = await this.base(actor).andWhere('resident.id = :seekerId', { seekerId }).getRawOne<CaseloadRow>();
    if (!row) throw notFound('The resident');
    return toItem(row);
  }

  private base(actor: AuthenticatedUser): SelectQueryBuilder<User> {
    return this.users
      .createQueryBuilder('resident')
      .leftJoin(CaseFile, 'case_file', 'case_file.seeker_id = resident.id')
      .leftJoin(User, 'caseworker', 'caseworker.id = case_file.caseworker_id')
      .select('resident.id', 'seekerId')
      .addSelect('resident.display_name', 'displayName')
      .addSelect('resident.email', 'email')
      .addSelect('resident.municipality_code', 'municipalityCode')
      .addSelect('case_file.caseworker_id', 'caseworkerId')
      .addSelect('caseworker.display_name', 'caseworkerName')
      .addSelect('case_file.segment', 'segment')
      .addSelect(`coalesce(case_file.status, 'new')`, 'status')
      .addSelect('case_file.last_contact_at', 'lastContactAt')
      .addSelect(OPEN_ACTIONS, 'openActions')
      .where(`resident.role = 'seeker'`)
      .andWhere('resident.anonymised_at IS NULL')
      .andWhere('resident.municipality_code = :municipalityCode', { municipalityCode: actor.municipalityCode });
  }

  private filtered(builder: SelectQueryBuilder<User>, actor: AuthenticatedUser, query: CaseloadQuery): SelectQueryBuilder<User> {
    if (query.segment !== undefined) builder.andWhere('case_file.segment = :segment', { segment: query.segment });
    if (query.status !== undefined) builder.andWhere(`coalesce(case_file.status, 'new') = :status`, { status: query.status });
    if (query.lastContactBefore !== undefined) {
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('case_file.last_contact_at IS NULL')
            .orWhere(`case_file.last_contact_at < (:before::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { before: query.lastContactBefore }),
        ),
      );
    }
    if (query.lastContactAfter !== undefined) {
      builder.andWhere(`case_file.last_contact_at >= (:after::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { after: query.lastContactAfter });
    }
    if (query.hasOpenActions !== undefined) builder.andWhere(`(${OPEN_ACTIONS}) ${query.hasOpenActions ? '>' : '='} 0`);
    if (query.assignedToMe) builder.andWhere('case_file.caseworker_id = :me', { me: actor.id });
    if (query.q !== undefined) builder.andWhere(`resident.display_name ILIKE :q`, { q: `%${escapeLike(query.q)}%` });
    return builder;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

function toItem(row: CaseloadRow): CaseloadItemResponse {
  return {
    seekerId: row.seekerId,
    displayName: row.displayName,
    email: row.email,
    municipalityCode: row.municipalityCode,
    caseworker: row.caseworkerId ? { id: row.caseworkerId, displayName: row.caseworkerName ?? '' } : null,
    segment: row.segment === null ? null : (Number(row.segment) as Segment),
    status: row.status,
    lastContactAt: row.lastContactAt ? new Date(row.lastContactAt).toISOString() : null,
    openActions: Number(row.openActions),
  };
}
