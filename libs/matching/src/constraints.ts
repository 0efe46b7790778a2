import type { ConstraintFailure, ConstraintId } from '@meedoen/shared';
import { CEFR_LEVELS, VACANCY_KINDS, WORK_CONDITIONS, WORK_LIMITATIONS, bitCount, isoDateOf, slotsOf, valuesOf } from './codes';
import type { CompiledSeeker, CompiledVacancy } from './compile';
import type { Audience, SeekerVisibility } from './model';
import type { TravelAssessment } from './travel';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

/** Hard constraints in the order they are reported. Each has a bit so a pair's failures fit in one integer. */
export const CONSTRAINTS: readonly ConstraintId[] = [
  'visibility',
  'hours',
  'schedule',
  'travel',
  'driving-licence',
  'language',
  'start-date',
  'limitations',
  'vacancy-kind',
];
const constraintBit = (id: ConstraintId): number => 1 << CONSTRAINTS.indexOf(id);

const VISIBILITY = constraintBit('visibility');
const HOURS = constraintBit('hours');
const SCHEDULE = constraintBit('schedule');
const TRAVEL = constraintBit('travel');
const DRIVING_LICENCE = constraintBit('driving-licence');
const LANGUAGE = constraintBit('language');
const START_DATE = constraintBit('start-date');
const LIMITATIONS = constraintBit('limitations');
const VACANCY_KIND = constraintBit('vacancy-kind');

/** What a query adds to a pair: who looks at the result, and the day the matching is done for. */
export interface MatchContext {
  audience: Audience;
  /** Epoch day of the matching (today); NaN when not given. */
  asOfDay: number;
}

/**
 * Whom a seeker's profile may be shown to. The seeker always sees their own matches; caseworkers see profiles set
 * to 'caseworkers' or 'employers-anonymous'; employers only 'employers-anonymous' ones. 'hidden' is seen by no one
 * but the seeker.
 */
export function isVisibleTo(visibility: SeekerVisibility, audience: Audience): boolean {
  switch (audience) {
    case 'seeker':
      return true;
    case 'caseworker':
      return visibility === 'caseworkers' || visibility === 'employers-anonymous';
    case 'employer':
      return visibility === 'employers-anonymous';
  }
}

/** Missing slots of the vacancy schedule the seeker cannot cover (0 = fine). Unknown availability never excludes. */
function uncoveredSlots(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (vacancy.schedule === 0 || seeker.availability === -1) return 0;
  if (vacancy.flexibleSchedule) return seeker.availability & vacancy.schedule ? 0 : vacancy.schedule;
  return vacancy.schedule & ~seeker.availability;
}

/**
 * The day work can start: the start date, but not sooner than the lead time after the day of matching. Without a
 * day of matching, a vacancy without a start date never fails this constraint.
 */
function startDayOf(vacancy: CompiledVacancy, context: MatchContext): number {
  const earliest = context.asOfDay + WEIGHTS.startLeadTimeDays;
  if (Number.isNaN(vacancy.startDay)) return earliest;
  if (Number.isNaN(earliest)) return vacancy.startDay;
  return Math.max(vacancy.startDay, earliest);
}

/**
 * Bitmask of failed hard constraints other than travel. Unknown data (no hours, no language level, ...) never
 * excludes anyone: the explanation says it is unknown and a person checks. NaN compares false, which does that.
 */
export function failedConstraintsExceptTravel(seeker: CompiledSeeker, vacancy: CompiledVacancy, context: MatchContext): number {
  let failed = 0;
  if (!isVisibleTo(seeker.visibility, context.audience)) failed |= VISIBILITY;
  if (seeker.hoursMax < vacancy.hoursMin || seeker.hoursMin > vacancy.hoursMax) failed |= HOURS;
  if (uncoveredSlots(seeker, vacancy) !== 0) failed |= SCHEDULE;
  if (vacancy.requiresDrivingLicence && !seeker.hasDrivingLicence) failed |= DRIVING_LICENCE;
  if (seeker.dutchLevel >= 0 && seeker.dutchLevel < vacancy.minDutchLevel) failed |= LANGUAGE;
  if (seeker.availableFromDay > startDayOf(vacancy, context)) failed |= START_DATE;
  if (seeker.limitations & vacancy.conditions) failed |= LIMITATIONS;
  if (seeker.unwantedKinds & vacancy.kindBit) failed |= VACANCY_KIND;
  return failed;
}

export const travelFailure = (travel: TravelAssessment): number => (travel.status === 'too-far' ? TRAVEL : 0);

export const isVisibilityFailure = (failed: number): boolean => (failed & VISIBILITY) !== 0;

export const isSingleFailure = (failed: number): boolean => failed !== 0 && (failed & (failed - 1)) === 0;

const singleFailureId = (failed: number): ConstraintId => CONSTRAINTS[31 - Math.clz32(failed)];

/** How far off a failed constraint is in its own unit (hours/week, day slots, km, CEFR levels, days); 0 for yes/no constraints. */
function shortfall(
  id: ConstraintId,
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  travel: TravelAssessment,
  context: MatchContext,
): number {
  switch (id) {
    case 'hours':
      return Math.max(vacancy.hoursMin - seeker.hoursMax, seeker.hoursMin - vacancy.hoursMax);
    case 'schedule':
      return bitCount(uncoveredSlots(seeker, vacancy));
    case 'travel':
      return travel.status === 'too-far' ? travel.kmTooFar : 0;
    case 'language':
      return vacancy.minDutchLevel - seeker.dutchLevel;
    case 'start-date':
      return seeker.availableFromDay - startDayOf(vacancy, context);
    case 'visibility':
    case 'driving-licence':
    case 'limitations':
    case 'vacancy-kind':
      return 0;
  }
}

/**
 * A near miss fails exactly one constraint, one that allows near misses, and not by more than its tolerance.
 * Employers never get near misses: whether a seeker stretches their own limits is for the seeker and their caseworker.
 */
export function isNearMiss(
  failed: number,
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  travel: TravelAssessment,
  context: MatchContext,
): boolean {
  if (context.audience === 'employer' || !isSingleFailure(failed)) return false;
  const id = singleFailureId(failed);
  const tolerance = WEIGHTS.nearMissTolerance[id];
  return tolerance !== null && shortfall(id, seeker, vacancy, travel, context) <= tolerance;
}

function describeFailure(
  id: ConstraintId,
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  travel: TravelAssessment,
  context: MatchContext,
): ConstraintFailure {
  const amount = shortfall(id, seeker, vacancy, travel, context);
  switch (id) {
    case 'visibility':
    case 'driving-licence':
      return { constraint: id };
    case 'hours':
      return { constraint: 'hours', direction: seeker.hoursMax < vacancy.hoursMin ? 'short' : 'over', hoursPerWeek: amount };
    case 'schedule':
      return { constraint: 'schedule', missing: slotsOf(uncoveredSlots(seeker, vacancy)) };
    case 'travel':
      if (travel.status !== 'too-far') throw new Error('travel did not fail');
      return { constraint: 'travel', kmTooFar: amount, distanceKm: travel.distanceKm, mode: travel.mode };
    case 'language':
      return {
        constraint: 'language',
        required: CEFR_LEVELS[vacancy.minDutchLevel],
        actual: CEFR_LEVELS[seeker.dutchLevel],
        levelsShort: amount,
      };
    case 'start-date':
      return {
        constraint: 'start-date',
        daysLate: amount,
        availableFrom: isoDateOf(seeker.availableFromDay),
        startDate: isoDateOf(startDayOf(vacancy, context)),
      };
    case 'limitations':
      return {
        constraint: 'limitations',
        conflicts: valuesOf(WORK_CONDITIONS, seeker.limitations & vacancy.conditions).map((condition) => ({
          condition,
          limitation: WORK_LIMITATIONS[WORK_CONDITIONS.indexOf(condition)],
        })),
      };
    case 'vacancy-kind':
      return { constraint: 'vacancy-kind', kind: valuesOf(VACANCY_KINDS, vacancy.kindBit)[0] };
  }
}

export const describeFailures = (
  failed: number,
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  travel: TravelAssessment,
  context: MatchContext,
): ConstraintFailure[] =>
  CONSTRAINTS.filter((id) => failed & constraintBit(id)).map((id) => describeFailure(id, seeker, vacancy, travel, context));
