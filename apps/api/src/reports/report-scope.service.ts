import { Injectable } from '@nestjs/common';
import { amsterdamDate } from '../common/dates';
import { badRequest, forbidden } from '../common/problem';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { ReportQuery } from './dto/report.query';

/** What a report covers: one municipality (null: all) over a period of whole days. */
export interface ReportScope {
  municipalityCode: string | null;
  yearlyTarget: number;
  from: string;
  to: string;
  today: string;
}

const MAX_YEARS = 10;

/** Caseworkers report on their own municipality; administrators on one or all. */
@Injectable()
export class ReportScopeService {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  async resolve(actor: AuthenticatedUser, query: ReportQuery): Promise<ReportScope> {
    const today = amsterdamDate();
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    if (to < from) throw badRequest('to', 'lies before from');
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_YEARS) throw badRequest('from', `a report covers at most ${MAX_YEARS} years`);
    if (actor.role === 'caseworker' && query.municipalityCode !== undefined && query.municipalityCode !== actor.municipalityCode) {
      throw forbidden('Caseworkers report on their own municipality.');
    }
    const municipalityCode = actor.role === 'caseworker' ? actor.municipalityCode : (query.municipalityCode ?? null);
    const yearlyTarget = municipalityCode
      ? (await this.municipalities.get(municipalityCode)).yearlyOutflowTarget
      : (await this.municipalities.list()).reduce((sum, municipality) => sum + municipality.yearlyOutflowTarget, 0);
    return { municipalityCode, yearlyTarget, from, to, today };
  }
}
