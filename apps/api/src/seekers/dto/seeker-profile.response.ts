import type { CefrLevel, SupportKind, VacancyKind, WorkLimitation } from '@meedoen/shared';
import { getMunicipality, occupationLabel, skillLabel } from '@meedoen/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CEFR_LEVELS, DAY_PARTS, DAYS, SKILL_LEVELS, SKILL_SOURCES, SUPPORT_KINDS, TRAVEL_MODES, VACANCY_KINDS, WORK_LIMITATIONS } from '../../common/domain-values';
import type { Language, User } from '../../users/user.entity';
import { EDUCATION_LEVELS, type EducationLevel, SEEKER_VISIBILITIES, type SeekerProfile, type SeekerVisibility } from '../seeker-profile.entity';

export const PROFILE_VIEWS = ['full', 'identified', 'anonymous'] as const;
export type ProfileView = (typeof PROFILE_VIEWS)[number];

export class ProfileSkillResponse {
  @ApiProperty() skillId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: SKILL_LEVELS }) level!: number;
  @ApiProperty({ enum: SKILL_SOURCES }) source!: string;
}

export class ProfileOccupationResponse {
  @ApiProperty() occupationId!: string;
  @ApiProperty() label!: string;
}

export class ProfileExperienceResponse {
  @ApiProperty() occupationId!: string;
  @ApiProperty() label!: string;
  @ApiProperty() years!: number;
  @ApiPropertyOptional({ description: 'Full view only' }) description?: string;
}

export class DaySlotResponse {
  @ApiProperty({ enum: DAYS }) day!: string;
  @ApiProperty({ enum: DAY_PARTS }) part!: string;
}

export class TravelPreferenceResponse {
  @ApiProperty({ enum: TRAVEL_MODES }) mode!: string;
  @ApiPropertyOptional() maxMinutes?: number;
  @ApiPropertyOptional() maxKm?: number;
}

export class SeekerRegionResponse {
  @ApiProperty({ type: String, nullable: true, example: 'GM1509' }) municipalityCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Oude IJsselstreek' }) municipalityName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Achterhoek' }) region!: string | null;
}

/**
 * A seeker's profile as the reader may see it. full: the seeker and caseworkers of its municipality.
 * identified: an employer the seeker applied to (name and contact, no work needs). anonymous: other employers
 * when the seeker chose to be visible (no name, contact or address).
 */
export class SeekerProfileResponse {
  @ApiProperty({ format: 'uuid' }) seekerId!: string;
  @ApiProperty({ enum: PROFILE_VIEWS }) view!: ProfileView;
  @ApiPropertyOptional({ description: 'Not in the anonymous view' }) displayName?: string;
  @ApiPropertyOptional({ format: 'email', description: 'Not in the anonymous view' }) email?: string;
  @ApiProperty({ type: SeekerRegionResponse }) region!: SeekerRegionResponse;
  @ApiProperty({ type: [ProfileSkillResponse] }) skills!: ProfileSkillResponse[];
  @ApiProperty({ type: [ProfileOccupationResponse] }) wantedOccupations!: ProfileOccupationResponse[];
  @ApiProperty({ type: [String] }) interests!: string[];
  @ApiProperty({ type: Number, nullable: true }) hoursMin!: number | null;
  @ApiProperty({ type: Number, nullable: true }) hoursMax!: number | null;
  @ApiProperty({ type: Number, nullable: true }) hoursPreferred!: number | null;
  @ApiProperty({ type: [DaySlotResponse], nullable: true }) availability!: DaySlotResponse[] | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) availableFrom!: string | null;
  @ApiProperty({ type: [ProfileExperienceResponse] }) experience!: ProfileExperienceResponse[];
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true }) dutchLevel!: CefrLevel | null;
  @ApiProperty({ enum: EDUCATION_LEVELS, nullable: true }) educationLevel!: EducationLevel | null;
  @ApiProperty() hasDrivingLicence!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Full view only' }) postcode?: string | null;
  @ApiPropertyOptional({ type: [TravelPreferenceResponse], description: 'Full view only' }) travel?: TravelPreferenceResponse[];
  @ApiPropertyOptional({ enum: WORK_LIMITATIONS, isArray: true, description: 'Full view only' }) limitations?: WorkLimitation[];
  @ApiPropertyOptional({ enum: VACANCY_KINDS, isArray: true, description: 'Full view only' }) unwantedKinds?: VacancyKind[];
  @ApiPropertyOptional({ enum: SUPPORT_KINDS, isArray: true, description: 'Full view only' }) supportNeeded?: SupportKind[];
  @ApiPropertyOptional({ enum: SEEKER_VISIBILITIES, description: 'Full view only' }) visibility?: SeekerVisibility;
  @ApiPropertyOptional({ format: 'date-time', description: 'Full view only' }) updatedAt?: string;

  static of(user: User, profile: SeekerProfile, view: ProfileView, language: Language): SeekerProfileResponse {
    const municipality = user.municipalityCode ? getMunicipality(user.municipalityCode) : undefined;
    const shared: SeekerProfileResponse = {
      seekerId: user.id,
      view,
      region: {
        municipalityCode: user.municipalityCode,
        municipalityName: municipality?.displayName ?? null,
        region: municipality?.region ?? null,
      },
      skills: profile.skills.map((skill) => ({ ...skill, label: (skillLabel(skill.skillId, language) ?? skill.skillId) })),
      wantedOccupations: profile.wantedOccupations.map((occupationId) => ({ occupationId, label: (occupationLabel(occupationId, language) ?? occupationId) })),
      interests: profile.interests,
      hoursMin: profile.hoursMin,
      hoursMax: profile.hoursMax,
      hoursPreferred: profile.hoursPreferred,
      availability: profile.availability,
      availableFrom: profile.availableFrom,
      experience: profile.experience.map((row) => ({
        occupationId: row.occupationId,
        label: (occupationLabel(row.occupationId, language) ?? row.occupationId),
        years: row.years,
        ...(view === 'full' && row.description ? { description: row.description } : {}),
      })),
      dutchLevel: profile.dutchLevel,
      educationLevel: profile.educationLevel,
      hasDrivingLicence: profile.hasDrivingLicence,
    };
    if (view === 'anonymous') return shared;
    const identified = { ...shared, displayName: user.displayName, email: user.email };
    if (view === 'identified') return identified;
    return {
      ...identified,
      postcode: profile.postcode,
      travel: profile.travel,
      limitations: profile.limitations,
      unwantedKinds: profile.unwantedKinds,
      supportNeeded: profile.supportNeeded,
      visibility: profile.visibility,
      updatedAt: profile.updatedAt.toISOString(),
    };
  }
}

export class ConsentEventResponse {
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['visibility'] }) subject!: string;
  @ApiProperty({ type: String, nullable: true }) fromValue!: string | null;
  @ApiProperty() toValue!: string;
  @ApiProperty({ type: String, nullable: true, description: 'seeker, or caseworker when recorded on their behalf' }) actorRole!: string | null;
}

export class ConsentEventListResponse {
  @ApiProperty({ type: [ConsentEventResponse] }) items!: ConsentEventResponse[];
}
