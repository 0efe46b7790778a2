import type {
  ConstraintFailure,
  Day,
  DayPart,
  ExplanationItem,
  MatchExplanation,
  OccupationSimilarity,
  ScorePartId,
  SupportKind,
  TravelMode,
  UnknownField,
  VacancyKind,
  WorkCondition,
} from './types';

export type ExplanationLocale = 'nl' | 'en';

/**
 * Who reads the explanation: the seeker themself ('seeker': "Je kunt: …"), or an employer or caseworker
 * reading about a candidate ('candidate': "Kan: …").
 */
export type ExplanationPerspective = 'seeker' | 'candidate';

/** Labels for taxonomy ids, supplied by the caller; ids without a label are shown as readable slugs. */
export interface ExplanationLabels {
  skill?(skillId: string, locale: ExplanationLocale): string | undefined;
  occupation?(occupationId: string, locale: ExplanationLocale): string | undefined;
  interest?(interest: string, locale: ExplanationLocale): string | undefined;
}

interface Phrases {
  list(items: string[]): string;
  skillsMatched(skills: string): string;
  skillsLowerLevel(skills: string): string;
  skillsRelated(skills: string): string;
  skillsMissing(skills: string, learnOnTheJob: boolean): string;
  skillsNoneAsked: string;
  workedAs(occupation: string, similarity: OccupationSimilarity, years: number): string;
  wantedOccupation(similarity: OccupationSimilarity): string;
  interests(interests: string): string;
  hours(min: number, max: number): string;
  travel(mode: TravelMode, minutes: number, km: number): string;
  remote: string;
  locationUnknown(missing: 'seeker-location' | 'vacancy-location' | 'travel-modes'): string;
  supportOffered(support: string): string;
  supportNotOffered(support: string): string;
  unknown(field: UnknownField): string;
  failure(failure: ConstraintFailure, p: Phrases): string;
  nearMiss: string;
  excluded: string;
  score(score: number, parts: string): string;
  scorePart: Record<ScorePartId, string>;
  day: Record<Day, string>;
  dayPart: Record<DayPart, string>;
  support: Record<SupportKind, string>;
  condition: Record<WorkCondition, string>;
  kind: Record<VacancyKind, string>;
}

const joinWith = (last: string) => (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

const round1 = (km: number) => (km < 10 ? Math.round(km * 10) / 10 : Math.round(km));
/** Dutch writes a decimal comma: 3,2 km. */
const decimalNl = (value: number) => String(value).replace('.', ',');
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const MODE_NL: Record<TravelMode, string> = { walking: 'lopen', bike: 'fietsen', 'public-transport': 'met het ov', car: 'met de auto' };
const MODE_EN: Record<TravelMode, string> = { walking: 'walking', bike: 'by bike', 'public-transport': 'by public transport', car: 'by car' };

const nl: Phrases = {
  list: joinWith('en'),
  skillsMatched: (s) => `Je kunt: ${s}.`,
  skillsLowerLevel: (s) => `Je kunt al een beetje: ${s}.`,
  skillsRelated: (s) => `Lijkt op wat je kunt: ${s}.`,
  skillsMissing: (s, onTheJob) => `Nog leren: ${s}${onTheJob ? ' (kun je leren op het werk)' : ''}.`,
  skillsNoneAsked: 'Voor dit werk zijn geen vaardigheden nodig.',
  workedAs: (o, sim, years) =>
    `${sim === 'exact' ? `Je hebt gewerkt als ${o}` : `Je hebt werk gedaan dat hierop lijkt: ${o}`}${years > 0 ? ` (${decimalNl(years)} jaar)` : ''}.`,
  wantedOccupation: (sim) => (sim === 'exact' ? 'Dit werk wil je graag doen.' : 'Dit lijkt op werk dat je graag wilt doen.'),
  interests: (s) => `Past bij wat je leuk vindt: ${s}.`,
  hours: (min, max) => (min === max ? `${decimalNl(min)} uur per week.` : `${decimalNl(min)} tot ${decimalNl(max)} uur per week.`),
  travel: (mode, minutes, km) =>
    `${plural(minutes, 'minuut', 'minuten')} ${MODE_NL[mode]} (${decimalNl(round1(km))} km).`,
  remote: 'Je kunt thuis werken.',
  locationUnknown: (missing) =>
    missing === 'travel-modes' ? 'Reistijd onbekend: we weten niet hoe je wilt reizen.' : 'Locatie onbekend, dus geen reistijd.',
  supportOffered: (s) => `Je krijgt hulp: ${s}.`,
  supportNotOffered: (s) => `Deze hulp is er niet: ${s}.`,
  unknown: (field) =>
    ({
      skills: 'In je profiel staan nog geen vaardigheden.',
      hours: 'We weten niet hoeveel uur je wilt werken.',
      availability: 'We weten niet op welke dagen je kunt.',
      language: 'We weten je niveau Nederlands niet.',
      'start-date': 'We weten niet wanneer je kunt beginnen.',
    })[field],
  failure: (f, p) => {
    switch (f.constraint) {
      case 'visibility':
        return 'Je profiel is niet zichtbaar.';
      case 'hours':
        return `Dit werk is ${decimalNl(f.hoursPerWeek)} uur per week ${f.direction === 'short' ? 'meer' : 'minder'} dan jij wilt werken.`;
      case 'schedule':
        return `Je kunt niet op: ${p.list(f.missing.map((s) => `${p.day[s.day]} ${p.dayPart[s.part]}`))}.`;
      case 'travel':
        return `${decimalNl(round1(f.kmTooFar))} km te ver.`;
      case 'driving-licence':
        return 'Je hebt een rijbewijs nodig.';
      case 'language':
        return `Nederlands: niveau ${f.required} nodig, jij hebt ${f.actual === 'none' ? 'nog geen niveau' : f.actual}.`;
      case 'start-date':
        return `Je kunt pas ${plural(f.daysLate, 'dag', 'dagen')} na de start beginnen.`;
      case 'limitations':
        return `Past niet bij wat je nodig hebt: ${p.list(f.conflicts.map((c) => p.condition[c.condition]))}.`;
      case 'vacancy-kind':
        return `Je wilt geen ${p.kind[f.kind]}.`;
    }
  },
  nearMiss: 'Bijna een match.',
  excluded: 'Geen match.',
  score: (score, parts) => `Score ${score} van 100: ${parts}.`,
  scorePart: {
    skills: 'vaardigheden',
    occupation: 'beroep',
    experience: 'ervaring',
    'wanted-occupation': 'gewenst werk',
    interests: 'interesses',
    hours: 'uren',
    travel: 'reizen',
    support: 'hulp',
  },
  day: { mon: 'maandag', tue: 'dinsdag', wed: 'woensdag', thu: 'donderdag', fri: 'vrijdag', sat: 'zaterdag', sun: 'zondag' },
  dayPart: { morning: 'ochtend', afternoon: 'middag', evening: 'avond', night: 'nacht' },
  support: {
    'job-coach': 'jobcoach',
    'adapted-workplace': 'aangepaste werkplek',
    'training-on-the-job': 'leren op het werk',
    'flexible-hours': 'flexibele werktijden',
  },
  condition: { 'heavy-lifting': 'zwaar tillen', noisy: 'veel lawaai', 'night-shifts': 'nachtwerk', 'long-standing': 'lang staan' },
  kind: {
    regular: 'betaalde baan',
    'work-experience': 'werkervaringsplek',
    'trial-placement': 'proefplaatsing',
    'community-job': 'maatschappelijke baan',
    volunteer: 'vrijwilligerswerk',
    training: 'opleiding',
    'day-activity': 'dagbesteding',
  },
};

const en: Phrases = {
  list: joinWith('and'),
  skillsMatched: (s) => `You can: ${s}.`,
  skillsLowerLevel: (s) => `You can already do a bit of: ${s}.`,
  skillsRelated: (s) => `Close to what you can do: ${s}.`,
  skillsMissing: (s, onTheJob) => `Still to learn: ${s}${onTheJob ? ' (could learn on the job)' : ''}.`,
  skillsNoneAsked: 'No skills are needed for this work.',
  workedAs: (o, sim, years) =>
    `${sim === 'exact' ? `You worked as ${o}` : `You did similar work: ${o}`}${years > 0 ? ` (${years} ${years === 1 ? 'year' : 'years'})` : ''}.`,
  wantedOccupation: (sim) => (sim === 'exact' ? 'This is work you want to do.' : 'This is close to work you want to do.'),
  interests: (s) => `Fits what you like: ${s}.`,
  hours: (min, max) => (min === max ? `${min} hours a week.` : `${min} to ${max} hours a week.`),
  travel: (mode, minutes, km) =>
    `${plural(minutes, 'minute', 'minutes')} ${MODE_EN[mode]} (${round1(km)} km).`,
  remote: 'You can work from home.',
  locationUnknown: (missing) =>
    missing === 'travel-modes' ? 'Travel time unknown: we do not know how you want to travel.' : 'Location unknown, so no travel time.',
  supportOffered: (s) => `Support you get: ${s}.`,
  supportNotOffered: (s) => `Support not offered: ${s}.`,
  unknown: (field) =>
    ({
      skills: 'Your profile does not list any skills yet.',
      hours: 'We do not know how many hours you want to work.',
      availability: 'We do not know which days you can work.',
      language: 'We do not know your level of Dutch.',
      'start-date': 'We do not know when you can start.',
    })[field],
  failure: (f, p) => {
    switch (f.constraint) {
      case 'visibility':
        return 'Your profile is not visible.';
      case 'hours':
        return `This work is ${plural(f.hoursPerWeek, 'hour', 'hours')} a week ${f.direction === 'short' ? 'more' : 'less'} than you want to work.`;
      case 'schedule':
        return `Not available on: ${p.list(f.missing.map((s) => `${p.day[s.day]} ${p.dayPart[s.part]}`))}.`;
      case 'travel':
        return `${round1(f.kmTooFar)} km too far.`;
      case 'driving-licence':
        return 'A driving licence is needed.';
      case 'language':
        return `Dutch: level ${f.required} needed, you have ${f.actual === 'none' ? 'no level yet' : f.actual}.`;
      case 'start-date':
        return `You can only start ${plural(f.daysLate, 'day', 'days')} after the start date.`;
      case 'limitations':
        return `Does not fit what you need: ${p.list(f.conflicts.map((c) => p.condition[c.condition]))}.`;
      case 'vacancy-kind':
        return `You do not want ${p.kind[f.kind]}.`;
    }
  },
  nearMiss: 'Almost a match.',
  excluded: 'Not a match.',
  score: (score, parts) => `Score ${score} out of 100: ${parts}.`,
  scorePart: {
    skills: 'skills',
    occupation: 'occupation',
    experience: 'experience',
    'wanted-occupation': 'wanted work',
    interests: 'interests',
    hours: 'hours',
    travel: 'travel',
    support: 'support',
  },
  day: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  dayPart: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
  support: {
    'job-coach': 'job coach',
    'adapted-workplace': 'adapted workplace',
    'training-on-the-job': 'training on the job',
    'flexible-hours': 'flexible hours',
  },
  condition: { 'heavy-lifting': 'heavy lifting', noisy: 'a noisy workplace', 'night-shifts': 'night shifts', 'long-standing': 'long standing' },
  kind: {
    regular: 'a paid job',
    'work-experience': 'a work-experience placement',
    'trial-placement': 'a trial placement',
    'community-job': 'a community job',
    volunteer: 'volunteer work',
    training: 'a training',
    'day-activity': 'day activities',
  },
};

/** Dutch about a candidate: the same sentences without "je", for employers and caseworkers. */
const nlCandidate: Phrases = {
  ...nl,
  skillsMatched: (s) => `Kan: ${s}.`,
  skillsLowerLevel: (s) => `Kan al een beetje: ${s}.`,
  skillsRelated: (s) => `Lijkt op wat de kandidaat kan: ${s}.`,
  skillsMissing: (s, onTheJob) => `Nog te leren: ${s}${onTheJob ? ' (te leren op het werk)' : ''}.`,
  workedAs: (o, sim, years) =>
    `${sim === 'exact' ? `Heeft gewerkt als ${o}` : `Heeft werk gedaan dat hierop lijkt: ${o}`}${years > 0 ? ` (${decimalNl(years)} jaar)` : ''}.`,
  wantedOccupation: (sim) => (sim === 'exact' ? 'Wil dit werk graag doen.' : 'Wil graag werk doen dat hierop lijkt.'),
  interests: (s) => `Past bij de interesses: ${s}.`,
  remote: 'Kan thuis werken.',
  locationUnknown: (missing) =>
    missing === 'travel-modes' ? 'Reistijd onbekend: niet bekend hoe de kandidaat wil reizen.' : 'Locatie onbekend, dus geen reistijd.',
  supportOffered: (s) => `Hulp bij dit werk: ${s}.`,
  unknown: (field) =>
    ({
      skills: 'Het profiel noemt nog geen vaardigheden.',
      hours: 'Niet bekend hoeveel uur de kandidaat wil werken.',
      availability: 'Niet bekend op welke dagen de kandidaat kan.',
      language: 'Niveau Nederlands niet bekend.',
      'start-date': 'Niet bekend wanneer de kandidaat kan beginnen.',
    })[field],
  failure: (f, p) => {
    switch (f.constraint) {
      case 'visibility':
        return 'Het profiel is niet zichtbaar.';
      case 'hours':
        return `Dit werk is ${decimalNl(f.hoursPerWeek)} uur per week ${f.direction === 'short' ? 'meer' : 'minder'} dan de kandidaat wil werken.`;
      case 'schedule':
        return `Kan niet op: ${p.list(f.missing.map((s) => `${p.day[s.day]} ${p.dayPart[s.part]}`))}.`;
      case 'driving-licence':
        return 'Een rijbewijs is nodig; de kandidaat heeft er geen.';
      case 'language':
        return `Nederlands: niveau ${f.required} nodig, de kandidaat heeft ${f.actual === 'none' ? 'nog geen niveau' : f.actual}.`;
      case 'start-date':
        return `Kan pas ${plural(f.daysLate, 'dag', 'dagen')} na de start beginnen.`;
      case 'limitations':
        return `Past niet bij wat de kandidaat nodig heeft: ${p.list(f.conflicts.map((c) => p.condition[c.condition]))}.`;
      case 'vacancy-kind':
        return `Wil geen ${p.kind[f.kind]}.`;
      default:
        return nl.failure(f, p);
    }
  },
};

/** English about a candidate, for employers and caseworkers. */
const enCandidate: Phrases = {
  ...en,
  skillsMatched: (s) => `Can: ${s}.`,
  skillsLowerLevel: (s) => `Can already do a bit of: ${s}.`,
  skillsRelated: (s) => `Close to what the candidate can do: ${s}.`,
  workedAs: (o, sim, years) =>
    `${sim === 'exact' ? `Worked as ${o}` : `Did similar work: ${o}`}${years > 0 ? ` (${years} ${years === 1 ? 'year' : 'years'})` : ''}.`,
  wantedOccupation: (sim) => (sim === 'exact' ? 'Wants to do this work.' : 'Wants work close to this.'),
  interests: (s) => `Fits their interests: ${s}.`,
  remote: 'Can work from home.',
  locationUnknown: (missing) =>
    missing === 'travel-modes' ? 'Travel time unknown: how the candidate travels is not known.' : 'Location unknown, so no travel time.',
  supportOffered: (s) => `Support with this work: ${s}.`,
  unknown: (field) =>
    ({
      skills: 'The profile does not list any skills yet.',
      hours: 'How many hours the candidate wants to work is not known.',
      availability: 'Which days the candidate can work is not known.',
      language: 'Level of Dutch not known.',
      'start-date': 'When the candidate can start is not known.',
    })[field],
  failure: (f, p) => {
    switch (f.constraint) {
      case 'visibility':
        return 'The profile is not visible.';
      case 'hours':
        return `This work is ${plural(f.hoursPerWeek, 'hour', 'hours')} a week ${f.direction === 'short' ? 'more' : 'less'} than the candidate wants to work.`;
      case 'driving-licence':
        return 'A driving licence is needed; the candidate has none.';
      case 'language':
        return `Dutch: level ${f.required} needed, the candidate has ${f.actual === 'none' ? 'no level yet' : f.actual}.`;
      case 'start-date':
        return `Can only start ${plural(f.daysLate, 'day', 'days')} after the start date.`;
      case 'limitations':
        return `Does not fit what the candidate needs: ${p.list(f.conflicts.map((c) => p.condition[c.condition]))}.`;
      case 'vacancy-kind':
        return `Does not want ${p.kind[f.kind]}.`;
      default:
        return en.failure(f, p);
    }
  },
};

const PHRASES: Record<ExplanationPerspective, Record<ExplanationLocale, Phrases>> = {
  seeker: { nl, en },
  candidate: { nl: nlCandidate, en: enCandidate },
};

const readableSlug = (id: string) => id.replace(/-/g, ' ');

function renderItem(item: ExplanationItem, p: Phrases, label: Required<ExplanationLabels>, locale: ExplanationLocale): string {
  const skill = (id: string) => label.skill(id, locale) ?? readableSlug(id);
  switch (item.code) {
    case 'skills.matched':
      return p.skillsMatched(p.list(item.params.skills.map((s) => skill(s.skillId))));
    case 'skills.partial': {
      const lower = item.params.skills.filter((s) => s.reason === 'lower-level').map((s) => skill(s.skillId));
      const related = item.params.skills.filter((s) => s.reason === 'related').map((s) => skill(s.skillId));
      return [lower.length ? p.skillsLowerLevel(p.list(lower)) : '', related.length ? p.skillsRelated(p.list(related)) : '']
        .filter(Boolean)
        .join(' ');
    }
    case 'skills.missing':
      return p.skillsMissing(p.list(item.params.skills.map((s) => skill(s.skillId))), item.params.learnOnTheJob);
    case 'skills.none-asked':
      return p.skillsNoneAsked;
    case 'occupation.experience':
      return p.workedAs(
        label.occupation(item.params.occupationId, locale) ?? item.params.occupationId,
        item.params.similarity,
        item.params.years,
      );
    case 'occupation.wanted':
      return p.wantedOccupation(item.params.similarity);
    case 'interests.shared':
      return p.interests(p.list(item.params.interests.map((i) => label.interest(i, locale) ?? readableSlug(i))));
    case 'hours.range':
      return p.hours(item.params.min, item.params.max);
    case 'travel.time':
      return p.travel(item.params.mode, item.params.minutes, item.params.distanceKm);
    case 'travel.remote':
      return p.remote;
    case 'travel.unknown':
      return p.locationUnknown(item.params.missing);
    case 'support.offered':
      return p.supportOffered(p.list(item.params.support.map((s) => p.support[s])));
    case 'support.not-offered':
      return p.supportNotOffered(p.list(item.params.support.map((s) => p.support[s])));
    case 'data.unknown':
      return p.unknown(item.params.field);
    case 'constraint.failed':
      return p.failure(item.params, p);
  }
}

/** One short sentence per explanation item, in the order the engine gave them, ending with the score breakdown. */
export function renderExplanationSentences(
  explanation: MatchExplanation,
  locale: ExplanationLocale,
  labels: ExplanationLabels = {},
  perspective: ExplanationPerspective = 'seeker',
): string[] {
  const p = PHRASES[perspective][locale];
  const label: Required<ExplanationLabels> = {
    skill: labels.skill ?? (() => undefined),
    occupation: labels.occupation ?? (() => undefined),
    interest: labels.interest ?? (() => undefined),
  };
  const outcome = { match: [], 'near-miss': [p.nearMiss], excluded: [p.excluded] }[explanation.outcome];
  const parts = (Object.keys(explanation.breakdown) as ScorePartId[]).map(
    (part) => `${p.scorePart[part]} ${explanation.breakdown[part]}`,
  );
  return [
    ...outcome,
    ...explanation.items.map((item) => renderItem(item, p, label, locale)).filter(Boolean),
    p.score(explanation.score, parts.join(', ')),
  ];
}

/** The explanation as plain text: Dutch at B1 level ('nl') or English ('en'). */
export function renderExplanation(
  explanation: MatchExplanation,
  locale: ExplanationLocale,
  labels?: ExplanationLabels,
  perspective?: ExplanationPerspective,
): string {
  return renderExplanationSentences(explanation, locale, labels, perspective).join(' ');
}
