import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { skillsGapForMunicipality } from '@meedoen/matching';
import { getSkill, MUNICIPALITIES } from '@meedoen/shared';
import { DataSource, In } from 'typeorm';
import { seekerInputOf, vacancyInputOf } from '../matches/matching-input';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import type { Language } from '../users/user.entity';
import { User } from '../users/user.entity';
import { isOpen } from '../vacancies/vacancy-lifecycle';
import { Vacancy } from '../vacancies/vacancy.entity';
import { SkillsSection } from './dto/report.response';
import { rate } from './report-math';
import type { ReportScope } from './report-scope.service';

const TOP = 20;

/**
 * Skills most asked in the open vacancies of the municipality's labour-market region, and those its residents lack most.
 * A snapshot of today: vacancies and profiles keep no history of their skills, so the period does not apply.
 */
@Injectable()
export class SkillsReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async skills(scope: ReportScope, language: Language): Promise<SkillsSection> {
    const region = MUNICIPALITIES.find((municipality) => municipality.code === scope.municipalityCode)?.region;
    const regionCodes = MUNICIPALITIES.filter((municipality) => region === undefined || municipality.region === region).map((municipality) => municipality.code);
    const vacancies = (await this.dataSource.getRepository(Vacancy).findBy({ status: 'published', municipalityCode: In(regionCodes) }))
      .filter((vacancy) => isOpen(vacancy))
      .map(vacancyInputOf);
    const profiles = await this.dataSource
      .getRepository(SeekerProfile)
      .createQueryBuilder('profile')
      .innerJoin(User, 'resident', 'resident.id = profile.userId AND resident.anonymisedAt IS NULL')
      .where(':code::varchar IS NULL OR resident.municipalityCode = :code', { code: scope.municipalityCode })
      .getMany();
    const seekers = profiles.map(seekerInputOf);
    const label = (skillId: string) => {
      const skill = getSkill(skillId);
      return skill ? (language === 'en' ? skill.labelEn : skill.labelNl) : skillId;
    };
    const asking = new Map<string, number>();
    for (const vacancy of vacancies) for (const skillId of new Set(vacancy.skills.map((skill) => skill.skillId))) asking.set(skillId, (asking.get(skillId) ?? 0) + 1);
    const mostAsked = [...asking]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .slice(0, TOP)
      .map(([skillId, count]) => ({ skillId, label: label(skillId), vacancies: count, demandShare: rate(count, vacancies.length) ?? 0 }));
    const mostMissing = skillsGapForMunicipality(seekers, vacancies, { limit: TOP }).map((shortage) => ({
      skillId: shortage.skillId,
      label: label(shortage.skillId),
      vacancies: shortage.vacancies,
      demandShare: round(shortage.demandShare),
      seekers: shortage.seekers,
      supplyShare: round(shortage.supplyShare),
      gap: round(shortage.gap),
    }));
    return { region: region ?? null, vacancies: vacancies.length, residents: seekers.length, mostAsked, mostMissing };
  }
}

const round = (share: number) => Math.round(share * 1000) / 1000;
