import { toMatchingSeeker, toMatchingVacancy, type MatchingSeeker, type MatchingVacancy } from '@meedoen/matching';
import type { DaySlot } from '@meedoen/shared';
import type { SeekerProfile } from '../seekers/seeker-profile.entity';
import type { Vacancy } from '../vacancies/vacancy.entity';

const coordinates = (latitude: number | null, longitude: number | null) =>
  latitude === null || longitude === null ? null : { lat: latitude, lon: longitude };

/** The profile columns the engine reads. */
export type MatchableProfile = Pick<
  SeekerProfile,
  | 'userId' | 'visibility' | 'skills' | 'experience' | 'wantedOccupations' | 'interests' | 'hoursMin' | 'hoursMax' | 'hoursPreferred'
  | 'availability' | 'latitude' | 'longitude' | 'travel' | 'hasDrivingLicence' | 'dutchLevel' | 'availableFrom' | 'limitations'
  | 'unwantedKinds' | 'supportNeeded'
>;

/** Engine input from a stored profile; `toMatchingSeeker` drops whatever the engine may not see. */
export function seekerInputOf(profile: MatchableProfile): MatchingSeeker {
  return toMatchingSeeker({
    id: profile.userId,
    visibility: profile.visibility,
    skills: profile.skills,
    experience: profile.experience,
    wantedOccupations: profile.wantedOccupations,
    interests: profile.interests,
    hoursPerWeek:
      profile.hoursMin === null || profile.hoursMax === null
        ? null
        : { min: profile.hoursMin, max: profile.hoursMax, ...(profile.hoursPreferred === null ? {} : { preferred: profile.hoursPreferred }) },
    availability: profile.availability,
    location: coordinates(profile.latitude, profile.longitude),
    travel: profile.travel,
    hasDrivingLicence: profile.hasDrivingLicence,
    dutchLevel: profile.dutchLevel,
    availableFrom: profile.availableFrom,
    limitations: profile.limitations,
    unwantedKinds: profile.unwantedKinds,
    supportNeeded: profile.supportNeeded,
  });
}

/** The day parts a vacancy works in: every listed day in every listed part of the day. */
function scheduleOf(vacancy: Vacancy): DaySlot[] {
  return vacancy.days.flatMap((day) => vacancy.dayParts.map((part) => ({ day, part })));
}

export function vacancyInputOf(vacancy: Vacancy): MatchingVacancy {
  return toMatchingVacancy({
    id: vacancy.id,
    kind: vacancy.kind,
    skills: vacancy.skills,
    occupationId: vacancy.occupationId,
    experienceYearsWanted: vacancy.experienceYearsWanted,
    themes: vacancy.themes,
    hoursPerWeek: { min: vacancy.hoursMin, max: vacancy.hoursMax },
    schedule: scheduleOf(vacancy),
    location: coordinates(vacancy.latitude, vacancy.longitude),
    remote: vacancy.workplace === 'remote',
    requiresDrivingLicence: vacancy.requiresDrivingLicence,
    minDutchLevel: vacancy.minDutchLevel,
    startDate: vacancy.startDate,
    conditions: vacancy.conditions,
    supportOffered: vacancy.supportOffered,
  });
}
