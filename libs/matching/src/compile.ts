import {
  CEFR_LEVELS,
  NIGHT_SLOTS,
  SUPPORT_KINDS,
  TRAVEL_MODES,
  VACANCY_KINDS,
  WORK_CONDITIONS,
  WORK_LIMITATIONS,
  epochDay,
  maskOf,
  slotMask,
} from './codes';
import { chordSquaredFor, toUnitVector, type UnitVector } from './geo';
import type { MatchingSeeker, MatchingVacancy, SeekerVisibility, SkillTaxonomy } from './model';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

/**
 * Compact forms of seekers and vacancies: strings interned to integers, sets as bitmasks, coordinates as unit
 * vectors. All scoring and constraint checks run on these, both for one pair and inside the index.
 */

class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

const NO_GROUP = -1;

/** Interned ids for skills, skill groups, occupations and interest tags, shared by everything compared with each other. */
export class Vocabulary {
  private readonly skills = new Interner();
  private readonly skillGroups = new Interner();
  private readonly groupOfSkillId: number[] = [];
  private readonly occupations = new Interner();
  private readonly tags = new Interner();
  private readonly groupOf: (skillId: string) => string | undefined;

  constructor(taxonomy: SkillTaxonomy) {
    this.groupOf = taxonomy instanceof Map ? (id) => taxonomy.get(id) : (id) => (taxonomy as { groupOf(id: string): string | undefined }).groupOf(id);
  }

  skill(skillId: string): number {
    const id = this.skills.idOf(skillId);
    if (id === this.groupOfSkillId.length) {
      const group = this.groupOf(skillId);
      this.groupOfSkillId.push(group === undefined ? NO_GROUP : this.skillGroups.idOf(group));
    }
    return id;
  }
  skillGroup(skill: number): number {
    return this.groupOfSkillId[skill];
  }
  skillName(skill: number): string {
    return this.skills.names[skill];
  }
  occupation(occupationId: string): number {
    return this.occupations.idOf(occupationId);
  }
  occupationName(occupation: number): string {
    return this.occupations.names[occupation];
  }
  tag(tag: string): number {
    return this.tags.idOf(tag);
  }
  tagName(tag: number): string {
    return this.tags.names[tag];
  }
}

/** ISCO unit group (4 digits) of an ESCO occupation code such as '9112.1'; -1 when the code is not ISCO-based. */
export function iscoUnitGroup(occupationId: string): number {
  const match = /^(\d{4})(?:\.|$)/.exec(occupationId);
  return match ? Number(match[1]) : -1;
}

/**
 * Skills packed flat, SKILL_STRIDE numbers per skill: interned id, skill group (-1 if unknown), level, weight.
 * For a seeker the weight is the credit for how the skill is known (self-declared or confirmed); for a vacancy it
 * is the weight of a required or nice-to-have skill. One array per seeker keeps the ranking loop to one memory fetch.
 */
export type CompiledSkills = number[];
export const SKILL_STRIDE = 4;
export const SKILL_ID = 0;
export const SKILL_GROUP = 1;
export const SKILL_LEVEL = 2;
export const SKILL_WEIGHT = 3;

/** Occupations packed flat, OCCUPATION_STRIDE numbers each: interned id, ISCO unit group (-1 if unknown), weight (years, or 1). */
export type CompiledOccupations = number[];
export const OCCUPATION_STRIDE = 3;
export const OCCUPATION_ID = 0;
export const OCCUPATION_UNIT_GROUP = 1;
export const OCCUPATION_WEIGHT = 2;

export interface CompiledSeeker extends UnitVector {
  id: string;
  source: MatchingSeeker;
  visibility: SeekerVisibility;
  hoursMin: number;
  hoursMax: number;
  hoursPreferred: number;
  /** Bitmask of day slots, -1 when unknown. */
  availability: number;
  /** Travel modes in order of preference, packed as [mode, reach in road km] pairs. */
  travel: number[];
  maxReachKm: number;
  /** Beyond this chord² even a near miss on travel is impossible: the cheap prefilter. */
  nearMissReachChord2: number;
  hasDrivingLicence: boolean;
  /** CEFR rank, -1 when unknown. */
  dutchLevel: number;
  availableFromDay: number;
  limitations: number;
  unwantedKinds: number;
  supportNeeded: number;
  skills: CompiledSkills;
  experience: CompiledOccupations;
  wantedOccupations: CompiledOccupations;
  interests: number[];
}

export interface CompiledVacancy extends UnitVector {
  id: string;
  source: MatchingVacancy;
  kindBit: number;
  hoursMin: number;
  hoursMax: number;
  /** Bitmask of day slots, 0 when not fixed. */
  schedule: number;
  /** With flexible hours one shared day slot is enough; otherwise the seeker must cover all of them. */
  flexibleSchedule: boolean;
  remote: boolean;
  requiresDrivingLicence: boolean;
  minDutchLevel: number;
  startDay: number;
  conditions: number;
  supportOffered: number;
  offersTrainingOnTheJob: boolean;
  skills: CompiledSkills;
  skillWeightTotal: number;
  occupation: number;
  occupationUnitGroup: number;
  experienceYearsWanted: number;
  themes: number[];
}

const finiteOr = (value: number | undefined, fallback: number) => (Number.isFinite(value) ? (value as number) : fallback);

function reachKm(maxKm: number | undefined, maxMinutes: number | undefined, speedKmPerHour: number): number {
  const byMinutes = Number.isFinite(maxMinutes) ? ((maxMinutes as number) / 60) * speedKmPerHour : Infinity;
  return Math.max(0, Math.min(finiteOr(maxKm, Infinity), byMinutes));
}

function packSkills(skills: readonly { skillId: string; level: number }[], weightOf: (index: number) => number, vocabulary: Vocabulary) {
  const packed: CompiledSkills = [];
  skills.forEach(({ skillId, level }, index) => {
    const id = vocabulary.skill(skillId);
    packed.push(id, vocabulary.skillGroup(id), level, weightOf(index));
  });
  return packed;
}

function packOccupations(occupationIds: readonly string[], weightOf: (index: number) => number, vocabulary: Vocabulary) {
  const packed: CompiledOccupations = [];
  occupationIds.forEach((occupationId, index) => packed.push(vocabulary.occupation(occupationId), iscoUnitGroup(occupationId), weightOf(index)));
  return packed;
}

const uniqueTags = (tags: readonly string[], vocabulary: Vocabulary) => [...new Set(tags)].map((tag) => vocabulary.tag(tag));

export function compileSeeker(seeker: MatchingSeeker, vocabulary: Vocabulary): CompiledSeeker {
  const hours = seeker.hoursPerWeek;
  const { speedKmPerHour, detourFactor } = WEIGHTS.travel;
  const { sourceCredit } = WEIGHTS.skills;
  const travel: number[] = [];
  let maxReachKm = 0;
  for (const { mode, maxKm, maxMinutes } of seeker.travel) {
    if (!TRAVEL_MODES.includes(mode)) continue;
    const reach = reachKm(maxKm, maxMinutes, speedKmPerHour[mode]);
    travel.push(TRAVEL_MODES.indexOf(mode), reach);
    maxReachKm = Math.max(maxReachKm, reach);
  }
  const { x, y, z } = toUnitVector(seeker.location);
  return {
    x,
    y,
    z,
    id: seeker.id,
    source: seeker,
    visibility: seeker.visibility,
    hoursMin: hours ? hours.min : NaN,
    hoursMax: hours ? hours.max : NaN,
    hoursPreferred: hours ? finiteOr(hours.preferred, (hours.min + hours.max) / 2) : NaN,
    availability: seeker.availability ? slotMask(seeker.availability) : -1,
    travel,
    maxReachKm,
    nearMissReachChord2:
      travel.length === 0 ? Infinity : chordSquaredFor((maxReachKm + WEIGHTS.nearMissTolerance.travelKm) / detourFactor),
    hasDrivingLicence: seeker.hasDrivingLicence,
    dutchLevel: seeker.dutchLevel ? CEFR_LEVELS.indexOf(seeker.dutchLevel) : -1,
    availableFromDay: epochDay(seeker.availableFrom),
    limitations: maskOf(WORK_LIMITATIONS, seeker.limitations),
    unwantedKinds: maskOf(VACANCY_KINDS, seeker.unwantedKinds),
    supportNeeded: maskOf(SUPPORT_KINDS, seeker.supportNeeded),
    skills: packSkills(seeker.skills, (i) => sourceCredit[seeker.skills[i].source] ?? sourceCredit['self-declared'], vocabulary),
    experience: packOccupations(
      seeker.experience.map((e) => e.occupationId),
      (i) => Math.max(0, finiteOr(seeker.experience[i].years, 0)),
      vocabulary,
    ),
    wantedOccupations: packOccupations(seeker.wantedOccupations, () => 1, vocabulary),
    interests: uniqueTags(seeker.interests, vocabulary),
  };
}

export function compileVacancy(vacancy: MatchingVacancy, vocabulary: Vocabulary): CompiledVacancy {
  const hours = vacancy.hoursPerWeek;
  const schedule = slotMask(vacancy.schedule);
  const { requiredWeight, niceToHaveWeight } = WEIGHTS.skills;
  const skillWeight = (i: number) => (vacancy.skills[i].required ? requiredWeight : niceToHaveWeight);
  const { x, y, z } = toUnitVector(vacancy.location);
  return {
    x,
    y,
    z,
    id: vacancy.id,
    source: vacancy,
    kindBit: maskOf(VACANCY_KINDS, [vacancy.kind]),
    hoursMin: hours ? hours.min : NaN,
    hoursMax: hours ? hours.max : NaN,
    schedule,
    flexibleSchedule: vacancy.supportOffered.includes('flexible-hours'),
    remote: vacancy.remote,
    requiresDrivingLicence: vacancy.requiresDrivingLicence,
    minDutchLevel: Math.max(0, CEFR_LEVELS.indexOf(vacancy.minDutchLevel)),
    startDay: epochDay(vacancy.startDate),
    // Work in night slots is night work, whether or not the employer ticked the condition.
    conditions: maskOf(WORK_CONDITIONS, vacancy.conditions) | (schedule & NIGHT_SLOTS ? maskOf(WORK_CONDITIONS, ['night-shifts']) : 0),
    supportOffered: maskOf(SUPPORT_KINDS, vacancy.supportOffered),
    offersTrainingOnTheJob: vacancy.supportOffered.includes('training-on-the-job'),
    skills: packSkills(vacancy.skills, skillWeight, vocabulary),
    skillWeightTotal: vacancy.skills.reduce((sum, _, i) => sum + skillWeight(i), 0),
    occupation: vacancy.occupationId === null ? -1 : vocabulary.occupation(vacancy.occupationId),
    occupationUnitGroup: vacancy.occupationId === null ? -1 : iscoUnitGroup(vacancy.occupationId),
    experienceYearsWanted: Math.max(0, finiteOr(vacancy.experienceYearsWanted, 0)),
    themes: uniqueTags(vacancy.themes, vocabulary),
  };
}
