import type {
  CefrLevel,
  Day,
  DayPart,
  Sector,
  SkillLevel,
  SkillSource,
  SupportKind,
  TravelMode,
  VacancyKind,
  WorkCondition,
  WorkLimitation,
} from '@meedoen/shared';

/** Every value of a union type from libs/shared, checked by the compiler: a missing value does not compile. */
const allOf =
  <T extends string | number>() =>
  <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })): readonly T[] =>
    values;

export const VACANCY_KINDS = allOf<VacancyKind>()(['regular', 'work-experience', 'trial-placement', 'community-job', 'volunteer', 'training', 'day-activity']);
export const TRAVEL_MODES = allOf<TravelMode>()(['walking', 'bike', 'public-transport', 'car']);
export const CEFR_LEVELS = allOf<CefrLevel>()(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
export const DAYS = allOf<Day>()(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export const DAY_PARTS = allOf<DayPart>()(['morning', 'afternoon', 'evening', 'night']);
export const SUPPORT_KINDS = allOf<SupportKind>()(['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours']);
export const WORK_LIMITATIONS = allOf<WorkLimitation>()(['no-heavy-lifting', 'quiet-workplace', 'no-night-shifts', 'short-standing']);
export const WORK_CONDITIONS = allOf<WorkCondition>()(['heavy-lifting', 'noisy', 'night-shifts', 'long-standing']);
export const SKILL_LEVELS = allOf<SkillLevel>()([1, 2, 3]);
export const SKILL_SOURCES = allOf<SkillSource>()(['self-declared', 'caseworker-confirmed', 'certificate']);
/** Interests of seekers and themes of vacancies share one vocabulary: the sectors of the taxonomy. */
export const SECTORS = allOf<Sector>()([
  'cleaning', 'hospitality', 'green', 'agriculture', 'logistics', 'retail', 'care', 'childcare', 'community',
  'construction', 'production', 'food-processing', 'technical', 'ict', 'administration', 'transport', 'security',
  'personal-services',
]);
