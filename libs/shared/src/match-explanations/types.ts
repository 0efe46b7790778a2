/**
 * Structured explanation of one seeker–vacancy match, produced by @meedoen/matching and turned into text by
 * `renderExplanation`. These types live here so the renderer stays framework-free and the engine depends on
 * shared (never the other way round). Everything is codes and parameters: no text, no taxonomy labels.
 */

export type VacancyKind =
  | 'regular'
  | 'work-experience'
  | 'trial-placement'
  | 'community-job'
  | 'volunteer'
  | 'training'
  | 'day-activity';
export type TravelMode = 'walking' | 'bike' | 'public-transport' | 'car';
export type CefrLevel = 'none' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';
export type SupportKind = 'job-coach' | 'adapted-workplace' | 'training-on-the-job' | 'flexible-hours';
/** What a seeker needs at work (never a diagnosis). */
export type WorkLimitation = 'no-heavy-lifting' | 'quiet-workplace' | 'no-night-shifts' | 'short-standing';
/** What a vacancy demands physically or what the workplace is like. */
export type WorkCondition = 'heavy-lifting' | 'noisy' | 'night-shifts' | 'long-standing';
export type SkillLevel = 1 | 2 | 3;
export type SkillSource = 'self-declared' | 'caseworker-confirmed' | 'certificate';

export interface DaySlot {
  day: Day;
  part: DayPart;
}

export type ConstraintId =
  | 'visibility'
  | 'hours'
  | 'schedule'
  | 'travel'
  | 'driving-licence'
  | 'language'
  | 'start-date'
  | 'limitations'
  | 'vacancy-kind';

/** A failed hard constraint and how far off it is. */
export type ConstraintFailure =
  | { constraint: 'visibility' }
  | { constraint: 'hours'; direction: 'short' | 'over'; hoursPerWeek: number }
  | { constraint: 'schedule'; missing: DaySlot[] }
  | { constraint: 'travel'; kmTooFar: number; distanceKm: number; mode: TravelMode }
  | { constraint: 'driving-licence' }
  | { constraint: 'language'; required: CefrLevel; actual: CefrLevel; levelsShort: number }
  | { constraint: 'start-date'; daysLate: number; availableFrom: string; startDate: string }
  | { constraint: 'limitations'; conflicts: { limitation: WorkLimitation; condition: WorkCondition }[] }
  | { constraint: 'vacancy-kind'; kind: VacancyKind };

export type ScorePartId =
  | 'skills'
  | 'occupation'
  | 'experience'
  | 'wanted-occupation'
  | 'interests'
  | 'hours'
  | 'travel'
  | 'support';

/** Integer points per part; the parts add up exactly to the score. */
export type ScoreBreakdown = Record<ScorePartId, number>;

export type OccupationSimilarity = 'exact' | 'same-group' | 'related-group';
export type UnknownField = 'skills' | 'hours' | 'availability' | 'language' | 'start-date';

export interface MatchedSkill {
  skillId: string;
  level: SkillLevel;
}
export type PartialSkill =
  | { skillId: string; reason: 'lower-level'; level: SkillLevel; wantedLevel: SkillLevel }
  | { skillId: string; reason: 'related'; viaSkillId: string };
export interface MissingSkill {
  skillId: string;
  required: boolean;
}

type NoParams = Record<string, never>;

export type ExplanationItem =
  | { code: 'skills.matched'; params: { skills: MatchedSkill[] } }
  | { code: 'skills.partial'; params: { skills: PartialSkill[] } }
  | { code: 'skills.missing'; params: { skills: MissingSkill[]; learnOnTheJob: boolean } }
  | { code: 'skills.none-asked'; params: NoParams }
  | { code: 'occupation.experience'; params: { occupationId: string; similarity: OccupationSimilarity; years: number } }
  | { code: 'occupation.wanted'; params: { occupationId: string; similarity: OccupationSimilarity } }
  | { code: 'interests.shared'; params: { interests: string[] } }
  | { code: 'hours.range'; params: { min: number; max: number } }
  | { code: 'travel.time'; params: { mode: TravelMode; minutes: number; distanceKm: number } }
  | { code: 'travel.remote'; params: NoParams }
  | { code: 'travel.unknown'; params: { missing: 'seeker-location' | 'vacancy-location' | 'travel-modes' } }
  | { code: 'support.offered'; params: { support: SupportKind[] } }
  | { code: 'support.not-offered'; params: { support: SupportKind[] } }
  | { code: 'data.unknown'; params: { field: UnknownField } }
  | { code: 'constraint.failed'; params: ConstraintFailure };

export type ExplanationCode = ExplanationItem['code'];

export type MatchOutcomeKind = 'match' | 'near-miss' | 'excluded';

export interface MatchExplanation {
  /** Version of the weights and rules that produced this explanation (algorithm register). */
  algorithmVersion: string;
  outcome: MatchOutcomeKind;
  score: number;
  breakdown: ScoreBreakdown;
  items: ExplanationItem[];
}
