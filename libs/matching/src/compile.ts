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
import type { HoursRange, MatchingSeeker, MatchingVacancy, SeekerVisibility, TravelPreference } from './model';
import type { Vocabulary } from './vocabulary';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

/**
 * Compact forms of seekers and vacancies: strings interned to integers, sets as bitmasks, coordinates as unit
 * vectors. All scoring and constraint checks run on these, both for one pair and inside the index. They keep no
 * reference to the input object: only what is read here exists for the engine.
 */

/**
 * Skills packed flat, SKILL_STRIDE numbers per skill: interned id, skill group (-1 if unknown), level, weight.
 * For a seeker the weight is the credit for how the skill is known (self-declared or confirmed); for a vacancy it
 * is the weight of a required or nice-to-have skill. One array per list keeps the ranking loop to one memory fetch.
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
  visibility: SeekerVisibility;
  /** Hours per week; NaN when unknown. */
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
  /** Epoch day, NaN when unknown. */
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
  kindBit: number;
  /** Hours per week; NaN when unknown. */
  hoursMin: number;
  hoursMax: number;
  /** Bitmask of day slots, 0 when not fixed. */
  schedule: number;
  /** With flexible hours one shared day slot is enough; otherwise the seeker must cover all of them. */
  flexibleSchedule: boolean;
  remote: boolean;
  requiresDrivingLicence: boolean;
  minDutchLevel: number;
  /** Epoch day, NaN for "as soon as possible". */
  startDay: number;
  conditions: number;
  supportOffered: number;
  offersTrainingOnTheJob: boolean;
  /** Required skills first: the first `requiredSkillCount` entries are required. */
  skills: CompiledSkills;
  requiredSkillCount: number;
  skillWeightTotal: number;
  /** Interned occupation id, -1 when not classified. */
  occupation: number;
  occupationUnitGroup: number;
  experienceYearsWanted: number;
  themes: number[];
}

/** ISCO unit group (4 digits) of an ESCO occupation code such as '9112.1'; -1 when the code is not ISCO-based. */
function iscoUnitGroup(occupationId: string): number {
  const match = /^(\d{4})(?:\.|$)/.exec(occupationId);
  return match ? Number(match[1]) : -1;
}

const finiteOr = (value: number | null | undefined, fallback: number) => (Number.isFinite(value) ? (value as number) : fallback);
const nonNegative = (value: number | null | undefined) => Math.max(0, finiteOr(value, 0));
/** Skill levels are 1–3; anything else from a form or an import is brought into that range. */
const skillLevel = (level: number) => Math.min(3, Math.max(1, Math.round(finiteOr(level, 1))));

/** [min, max] hours per week, swapped when given the wrong way round; NaN when unknown. */
function hoursOf(hours: HoursRange | null): [number, number] {
  if (!hours || !Number.isFinite(hours.min) || !Number.isFinite(hours.max)) return [NaN, NaN];
  return hours.min <= hours.max ? [hours.min, hours.max] : [hours.max, hours.min];
}

/** The hours the seeker would like best, within their range; the middle of the range when not given. */
function preferredHours(hours: { preferred?: number } | null, min: number, max: number): number {
  return Math.min(max, Math.max(min, finiteOr(hours?.preferred, (min + max) / 2)));
}

/** How far the seeker will go with this mode, in road km: the tighter of their km and minutes limits. */
function reachKm({ mode, maxKm, maxMinutes }: TravelPreference): number {
  const minutes = maxKm === undefined && maxMinutes === undefined ? WEIGHTS.travel.defaultMaxMinutes : maxMinutes;
  const byMinutes = Number.isFinite(minutes) ? ((minutes as number) / 60) * WEIGHTS.travel.speedKmPerHour[mode] : Infinity;
  return Math.max(0, Math.min(finiteOr(maxKm, Infinity), byMinutes));
}

/** Road distance beyond which not even a near miss on travel is possible. */
const nearMissReachKm = (maxReachKm: number) => maxReachKm + WEIGHTS.nearMissTolerance.travel;

/** Arrays built by push keep spare capacity; an index holds several per seeker, so it keeps exact copies. */
const exactSize = (values: number[]): number[] => values.slice();

/** Offset of the entry whose first number is `id`, or -1. Lists are short: a scan beats a map. */
function offsetOf(packed: readonly number[], stride: number, id: number): number {
  for (let k = 0; k < packed.length; k += stride) if (packed[k] === id) return k;
  return -1;
}

function travelOf(preferences: readonly TravelPreference[]): { travel: number[]; maxReachKm: number } {
  const travel: number[] = [];
  let maxReachKm = 0;
  for (const preference of preferences) {
    if (!TRAVEL_MODES.includes(preference.mode)) continue;
    const reach = reachKm(preference);
    travel.push(TRAVEL_MODES.indexOf(preference.mode), reach);
    maxReachKm = Math.max(maxReachKm, reach);
  }
  return { travel: exactSize(travel), maxReachKm };
}

/** A skill listed twice counts once, with the best level and weight given for it. */
function packSkills<S extends { skillId: string; level: number }>(
  skills: readonly S[],
  weightOf: (skill: S) => number,
  vocabulary: Vocabulary,
): CompiledSkills {
  const packed: CompiledSkills = [];
  for (const skill of skills) {
    const id = vocabulary.skill(skill.skillId);
    const offset = offsetOf(packed, SKILL_STRIDE, id);
    if (offset < 0) packed.push(id, vocabulary.skillGroup(id), skillLevel(skill.level), weightOf(skill));
    else {
      packed[offset + SKILL_LEVEL] = Math.max(packed[offset + SKILL_LEVEL], skillLevel(skill.level));
      packed[offset + SKILL_WEIGHT] = Math.max(packed[offset + SKILL_WEIGHT], weightOf(skill));
    }
  }
  return exactSize(packed);
}

/** An occupation listed twice counts once; with `addWeights` its weights (years) are added up. */
function packOccupations<O>(
  occupations: readonly O[],
  occupationIdOf: (occupation: O) => string,
  weightOf: (occupation: O) => number,
  addWeights: boolean,
  vocabulary: Vocabulary,
): CompiledOccupations {
  const packed: CompiledOccupations = [];
  for (const occupation of occupations) {
    const occupationId = occupationIdOf(occupation);
    const id = vocabulary.occupation(occupationId);
    const offset = offsetOf(packed, OCCUPATION_STRIDE, id);
    if (offset < 0) packed.push(id, iscoUnitGroup(occupationId), weightOf(occupation));
    else if (addWeights) packed[offset + OCCUPATION_WEIGHT] += weightOf(occupation);
  }
  return exactSize(packed);
}

function tagsOf(tags: readonly string[], vocabulary: Vocabulary): number[] {
  const ids: number[] = [];
  for (const tag of tags) {
    const id = vocabulary.tag(tag);
    if (!ids.includes(id)) ids.push(id);
  }
  return exactSize(ids);
}

export function compileSeeker(seeker: MatchingSeeker, vocabulary: Vocabulary): CompiledSeeker {
  const [hoursMin, hoursMax] = hoursOf(seeker.hoursPerWeek);
  const { travel, maxReachKm } = travelOf(seeker.travel);
  const { sourceCredit } = WEIGHTS.skills;
  const { x, y, z } = toUnitVector(seeker.location);
  return {
    x,
    y,
    z,
    id: seeker.id,
    visibility: seeker.visibility,
    hoursMin,
    hoursMax,
    hoursPreferred: preferredHours(seeker.hoursPerWeek, hoursMin, hoursMax),
    availability: seeker.availability ? slotMask(seeker.availability) : -1,
    travel,
    maxReachKm,
    nearMissReachChord2: travel.length === 0 ? Infinity : chordSquaredFor(nearMissReachKm(maxReachKm) / WEIGHTS.travel.detourFactor),
    hasDrivingLicence: seeker.hasDrivingLicence === true,
    dutchLevel: seeker.dutchLevel ? CEFR_LEVELS.indexOf(seeker.dutchLevel) : -1,
    availableFromDay: epochDay(seeker.availableFrom),
    limitations: maskOf(WORK_LIMITATIONS, seeker.limitations),
    unwantedKinds: maskOf(VACANCY_KINDS, seeker.unwantedKinds),
    supportNeeded: maskOf(SUPPORT_KINDS, seeker.supportNeeded),
    skills: packSkills(seeker.skills, (skill) => sourceCredit[skill.source] ?? sourceCredit['self-declared'], vocabulary),
    experience: packOccupations(seeker.experience, (e) => e.occupationId, (e) => nonNegative(e.years), true, vocabulary),
    wantedOccupations: packOccupations(seeker.wantedOccupations, (id) => id, () => 1, false, vocabulary),
    interests: tagsOf(seeker.interests, vocabulary),
  };
}

export function compileVacancy(vacancy: MatchingVacancy, vocabulary: Vocabulary): CompiledVacancy {
  const [hoursMin, hoursMax] = hoursOf(vacancy.hoursPerWeek);
  const schedule = slotMask(vacancy.schedule);
  const { requiredWeight, niceToHaveWeight } = WEIGHTS.skills;
  // A skill both required and nice-to-have is required; required skills go first (stable, so otherwise in the given order).
  const requiredIds = new Set(vacancy.skills.filter((skill) => skill.required).map((skill) => skill.skillId));
  const isRequired = (skill: { skillId: string }) => requiredIds.has(skill.skillId);
  const ordered = [...vacancy.skills.filter(isRequired), ...vacancy.skills.filter((skill) => !isRequired(skill))];
  const skills = packSkills(ordered, (skill) => (isRequired(skill) ? requiredWeight : niceToHaveWeight), vocabulary);
  let skillWeightTotal = 0;
  for (let j = 0; j < skills.length; j += SKILL_STRIDE) skillWeightTotal += skills[j + SKILL_WEIGHT];
  const { x, y, z } = toUnitVector(vacancy.location);
  return {
    x,
    y,
    z,
    id: vacancy.id,
    kindBit: maskOf(VACANCY_KINDS, [vacancy.kind]),
    hoursMin,
    hoursMax,
    schedule,
    flexibleSchedule: vacancy.supportOffered.includes('flexible-hours'),
    remote: vacancy.remote === true,
    requiresDrivingLicence: vacancy.requiresDrivingLicence === true,
    minDutchLevel: Math.max(0, CEFR_LEVELS.indexOf(vacancy.minDutchLevel)),
    startDay: epochDay(vacancy.startDate),
    // Work in night slots is night work, whether or not the employer ticked the condition.
    conditions: maskOf(WORK_CONDITIONS, vacancy.conditions) | (schedule & NIGHT_SLOTS ? maskOf(WORK_CONDITIONS, ['night-shifts']) : 0),
    supportOffered: maskOf(SUPPORT_KINDS, vacancy.supportOffered),
    offersTrainingOnTheJob: vacancy.supportOffered.includes('training-on-the-job'),
    skills,
    requiredSkillCount: requiredIds.size,
    skillWeightTotal,
    occupation: vacancy.occupationId === null ? -1 : vocabulary.occupation(vacancy.occupationId),
    occupationUnitGroup: vacancy.occupationId === null ? -1 : iscoUnitGroup(vacancy.occupationId),
    experienceYearsWanted: nonNegative(vacancy.experienceYearsWanted),
    themes: tagsOf(vacancy.themes, vocabulary),
  };
}
