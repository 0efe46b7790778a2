import type {
  CefrLevel,
  DaySlot,
  SkillLevel,
  SkillSource,
  SupportKind,
  TravelMode,
  VacancyKind,
  WorkCondition,
  WorkLimitation,
} from '@meedoen/shared';

/**
 * Engine input. These types are the whole model: there is deliberately no field for age, gender, nationality,
 * origin, religion, marital status, health, name or contact details, so the engine cannot use them.
 */

export interface Coordinates {
  lat: number;
  lon: number;
}

/** Hours per week. */
export interface HoursRange {
  min: number;
  max: number;
}

export interface SeekerSkill {
  skillId: string;
  level: SkillLevel;
  source: SkillSource;
}

export interface VacancySkill {
  skillId: string;
  level: SkillLevel;
  required: boolean;
}

/** A mode the seeker is willing to use, with their limit in minutes and/or kilometres (one way). */
export interface TravelPreference {
  mode: TravelMode;
  maxMinutes?: number;
  maxKm?: number;
}

export interface WorkExperience {
  occupationId: string;
  years: number;
}

/**
 * Who may find the seeker's profile through matching (the seeker's own consent). 'employers-anonymous': employers
 * and caseworkers, employers without name or contact details; 'caseworkers': caseworkers only; 'hidden': no one —
 * only the seeker sees their own matches.
 */
export type SeekerVisibility = 'hidden' | 'caseworkers' | 'employers-anonymous';

export interface MatchingSeeker {
  id: string;
  visibility: SeekerVisibility;
  skills: readonly SeekerSkill[];
  experience: readonly WorkExperience[];
  /** ESCO occupation ids the seeker would like to work in. */
  wantedOccupations: readonly string[];
  /** Free tags such as 'outdoors', 'care', 'technology' (compared with vacancy themes). */
  interests: readonly string[];
  hoursPerWeek: (HoursRange & { preferred?: number }) | null;
  /** Day parts the seeker can work; null when not known. */
  availability: readonly DaySlot[] | null;
  location: Coordinates | null;
  /** In order of preference: the first mode that works is the one shown. */
  travel: readonly TravelPreference[];
  hasDrivingLicence: boolean;
  dutchLevel: CefrLevel | null;
  /** ISO date (YYYY-MM-DD); null when not known. */
  availableFrom: string | null;
  limitations: readonly WorkLimitation[];
  unwantedKinds: readonly VacancyKind[];
  supportNeeded: readonly SupportKind[];
}

export interface MatchingVacancy {
  id: string;
  kind: VacancyKind;
  skills: readonly VacancySkill[];
  /** ESCO occupation id such as '9112.1'; null when not classified. */
  occupationId: string | null;
  experienceYearsWanted: number;
  themes: readonly string[];
  hoursPerWeek: HoursRange | null;
  /** Day parts the work happens in; empty when not fixed. */
  schedule: readonly DaySlot[];
  location: Coordinates | null;
  remote: boolean;
  requiresDrivingLicence: boolean;
  minDutchLevel: CefrLevel;
  /** ISO date (YYYY-MM-DD); null for "as soon as possible". */
  startDate: string | null;
  conditions: readonly WorkCondition[];
  supportOffered: readonly SupportKind[];
}

/**
 * Who looks at the results: decides which seekers may appear at all (see `SeekerVisibility`) and whether near
 * misses are shown (to caseworkers and the seeker, never to employers).
 */
export type Audience = 'employer' | 'caseworker' | 'seeker';

/**
 * Skill group per skill id (e.g. 'office-cleaning' → 'S6.11.2'): skills in the same group earn partial credit for
 * each other. Defaults to the ESCO groups of the Meedoen taxonomy (`ESCO_TAXONOMY`).
 */
export type SkillTaxonomy = { groupOf(skillId: string): string | undefined } | ReadonlyMap<string, string>;
