import type { CefrLevel, Day, DayPart, SupportKind, VacancyKind, WorkCondition } from '@meedoen/shared';
import { occupationLabel, skillLabel } from '@meedoen/shared';
import { ApiProperty } from '@nestjs/swagger';
import { CEFR_LEVELS, DAY_PARTS, DAYS, SKILL_LEVELS, SUPPORT_KINDS, VACANCY_KINDS, WORK_CONDITIONS } from '../../common/domain-values';
import type { Language } from '../../users/user.entity';
import { shownStatus } from '../vacancy-lifecycle';
import {
  CONTRACT_TYPES,
  type ContractType,
  PAY_TYPES,
  type PayType,
  SHOWN_VACANCY_STATUSES,
  type ShownVacancyStatus,
  type Vacancy,
  type VacancySkillRow,
  WORKPLACES,
  type Workplace,
} from '../vacancy.entity';

export class LabelledOccupation {
  @ApiProperty({ example: '9112.2' }) id!: string;
  @ApiProperty({ example: 'schoonmaker' }) label!: string;
}

export class LabelledSkill {
  @ApiProperty({ example: 'office-cleaning' }) skillId!: string;
  @ApiProperty({ example: 'kantoren schoonmaken' }) label!: string;
  @ApiProperty({ enum: SKILL_LEVELS }) level!: number;
}

export class ScheduleResponse {
  @ApiProperty({ enum: DAYS, isArray: true }) days!: Day[];
  @ApiProperty({ enum: DAY_PARTS, isArray: true }) dayParts!: DayPart[];
  @ApiProperty() shiftWork!: boolean;
}

export class PayResponse {
  @ApiProperty({ enum: PAY_TYPES }) type!: PayType;
  @ApiProperty({ type: Number, nullable: true }) min!: number | null;
  @ApiProperty({ type: Number, nullable: true }) max!: number | null;
}

export class VacancyLocationResponse {
  @ApiProperty({ type: String, nullable: true, example: '7071AB' }) postcode!: string | null;
  @ApiProperty({ type: String, nullable: true }) houseNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ example: 'GM1509' }) municipalityCode!: string;
  @ApiProperty({ type: Number, nullable: true }) latitude!: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude!: number | null;
}

export class VacancyEmployerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class VacancyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: VacancyEmployerResponse }) employer!: VacancyEmployerResponse;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Plain text or simple Markdown' }) description!: string;
  @ApiProperty({ enum: VACANCY_KINDS }) kind!: VacancyKind;
  @ApiProperty({ type: LabelledOccupation, nullable: true }) occupation!: LabelledOccupation | null;
  @ApiProperty({ type: [LabelledSkill] }) requiredSkills!: LabelledSkill[];
  @ApiProperty({ type: [LabelledSkill] }) niceToHaveSkills!: LabelledSkill[];
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty() experienceYearsWanted!: number;
  @ApiProperty() hoursMin!: number;
  @ApiProperty() hoursMax!: number;
  @ApiProperty({ type: ScheduleResponse }) schedule!: ScheduleResponse;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType!: ContractType;
  @ApiProperty({ type: Number, nullable: true }) durationWeeks!: number | null;
  @ApiProperty({ type: PayResponse }) pay!: PayResponse;
  @ApiProperty({ enum: WORKPLACES }) workplace!: Workplace;
  @ApiProperty({ type: VacancyLocationResponse }) location!: VacancyLocationResponse;
  @ApiProperty() requiresDrivingLicence!: boolean;
  @ApiProperty({ enum: CEFR_LEVELS }) minDutchLevel!: CefrLevel;
  @ApiProperty({ enum: WORK_CONDITIONS, isArray: true }) conditions!: WorkCondition[];
  @ApiProperty({ enum: SUPPORT_KINDS, isArray: true }) supportOffered!: SupportKind[];
  @ApiProperty() suitableForBanenafspraak!: boolean;
  @ApiProperty() places!: number;
  @ApiProperty({ enum: SHOWN_VACANCY_STATUSES, description: 'expired: published or paused, past the close date' }) status!: ShownVacancyStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closesOn!: string | null;
  @ApiProperty({ example: '1.0.0' }) taxonomyVersion!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static of(vacancy: Vacancy, language: Language): VacancyResponse {
    const skills = (required: boolean) =>
      vacancy.skills
        .filter((skill: VacancySkillRow) => skill.required === required)
        .map(({ skillId, level }) => ({ skillId, level, label: (skillLabel(skillId, language) ?? skillId) }));
    return {
      id: vacancy.id,
      employer: { id: vacancy.employer.id, name: vacancy.employer.name },
      title: vacancy.title,
      description: vacancy.description,
      kind: vacancy.kind,
      occupation: vacancy.occupationId ? { id: vacancy.occupationId, label: (occupationLabel(vacancy.occupationId, language) ?? vacancy.occupationId) } : null,
      requiredSkills: skills(true),
      niceToHaveSkills: skills(false),
      themes: vacancy.themes,
      experienceYearsWanted: vacancy.experienceYearsWanted,
      hoursMin: vacancy.hoursMin,
      hoursMax: vacancy.hoursMax,
      schedule: { days: vacancy.days, dayParts: vacancy.dayParts, shiftWork: vacancy.shiftWork },
      startDate: vacancy.startDate,
      contractType: vacancy.contractType,
      durationWeeks: vacancy.durationWeeks,
      pay: { type: vacancy.payType, min: vacancy.payMin, max: vacancy.payMax },
      workplace: vacancy.workplace,
      location: {
        postcode: vacancy.postcode,
        houseNumber: vacancy.houseNumber,
        city: vacancy.city,
        municipalityCode: vacancy.municipalityCode,
        latitude: vacancy.latitude,
        longitude: vacancy.longitude,
      },
      requiresDrivingLicence: vacancy.requiresDrivingLicence,
      minDutchLevel: vacancy.minDutchLevel,
      conditions: vacancy.conditions,
      supportOffered: vacancy.supportOffered,
      suitableForBanenafspraak: vacancy.suitableForBanenafspraak,
      places: vacancy.places,
      status: shownStatus(vacancy),
      publishedAt: vacancy.publishedAt?.toISOString() ?? null,
      closesOn: vacancy.closesOn,
      taxonomyVersion: vacancy.taxonomyVersion,
      createdAt: vacancy.createdAt.toISOString(),
      updatedAt: vacancy.updatedAt.toISOString(),
    };
  }
}

export class VacancyListResponse {
  @ApiProperty({ type: [VacancyResponse] }) items!: VacancyResponse[];
  @ApiProperty() total!: number;
}

export class VacancyEventResponse {
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['created', 'updated', 'status-changed'] }) action!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The actor's role; 'system' (no actor) for what the product did itself, such as closing an expired vacancy" }) actorRole!: string | null;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Changed fields: { field: { from, to } }' })
  changes!: Record<string, unknown>;
}

export class VacancyHistoryResponse {
  @ApiProperty({ type: [VacancyEventResponse] }) items!: VacancyEventResponse[];
}
