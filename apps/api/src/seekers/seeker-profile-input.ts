import { isKnownOccupation, isKnownSkill, TAXONOMY_VERSION } from '@meedoen/shared';
import { HttpStatus } from '@nestjs/common';
import { geocodePostcode } from '../common/geocode';
import { badRequest, ProblemException, unprocessable } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { definedOnly } from '../vacancies/vacancy-input';
import type { UpdateSeekerProfileRequest } from './dto/seeker-profile.request';
import { SeekerProfile, type SeekerSkillRow } from './seeker-profile.entity';

const CLEARABLE = new Set(['hoursMin', 'hoursMax', 'hoursPreferred', 'availability', 'postcode', 'dutchLevel', 'educationLevel', 'availableFrom']);

/** A profile nobody filled in yet: everything unknown, visible to caseworkers only. */
export function emptyProfile(userId: string): SeekerProfile {
  const now = new Date();
  return Object.assign(new SeekerProfile(), {
    userId,
    skills: [],
    wantedOccupations: [],
    interests: [],
    hoursMin: null,
    hoursMax: null,
    hoursPreferred: null,
    availability: null,
    postcode: null,
    latitude: null,
    longitude: null,
    travel: [],
    hasDrivingLicence: false,
    dutchLevel: null,
    educationLevel: null,
    experience: [],
    limitations: [],
    unwantedKinds: [],
    supportNeeded: [],
    availableFrom: null,
    visibility: 'caseworkers',
    taxonomyVersion: TAXONOMY_VERSION,
    createdAt: now,
    updatedAt: now,
  });
}

/** Applies a PATCH to a profile, checking taxonomy ids, the postcode and who may confirm skills. */
export function applyProfileChanges(current: SeekerProfile, request: UpdateSeekerProfileRequest, actor: AuthenticatedUser): Partial<SeekerProfile> {
  for (const [field, value] of Object.entries(request)) {
    if (value === null && !CLEARABLE.has(field)) throw badRequest(field, 'may not be empty');
  }
  const { interests, hoursMin, hoursMax, hoursPreferred, availability, travel, hasDrivingLicence, dutchLevel, educationLevel } = request;
  const { limitations, unwantedKinds, supportNeeded, availableFrom, visibility } = request;
  const changes: Partial<SeekerProfile> = definedOnly({
    interests, hoursMin, hoursMax, hoursPreferred, hasDrivingLicence, dutchLevel, educationLevel, limitations, unwantedKinds, supportNeeded, availableFrom, visibility,
  });
  if (availability !== undefined) changes.availability = availability?.map(({ day, part }) => ({ day, part })) ?? null;
  if (travel !== undefined) changes.travel = travel.map(({ mode, maxMinutes, maxKm }) => ({ mode, ...definedOnly({ maxMinutes, maxKm }) }));
  if (request.skills !== undefined) changes.skills = checkedSkills(current.skills, request.skills, actor);
  if (request.wantedOccupations !== undefined) {
    request.wantedOccupations.forEach((id, index) => {
      if (!isKnownOccupation(id)) throw unprocessable(`wantedOccupations[${index}]`, 'is not an occupation of the taxonomy');
    });
    changes.wantedOccupations = request.wantedOccupations;
  }
  if (request.experience !== undefined) {
    changes.experience = request.experience.map(({ occupationId, years, description }, index) => {
      if (!isKnownOccupation(occupationId)) throw unprocessable(`experience[${index}].occupationId`, 'is not an occupation of the taxonomy');
      return { occupationId, years, ...definedOnly({ description }) };
    });
  }
  if (request.postcode !== undefined) {
    const place = request.postcode === null ? null : geocodePostcode(request.postcode, 'postcode');
    Object.assign(changes, { postcode: place?.pc4 ?? null, latitude: place?.latitude ?? null, longitude: place?.longitude ?? null });
  }
  const merged = { ...current, ...changes };
  if (merged.hoursMin !== null && merged.hoursMax !== null && merged.hoursMin > merged.hoursMax) throw badRequest('hoursMin', 'must not be more than hoursMax');
  changes.taxonomyVersion = TAXONOMY_VERSION;
  return changes;
}

/** A seeker may keep a skill its caseworker confirmed, but never confirms one itself. */
function checkedSkills(current: readonly SeekerSkillRow[], skills: UpdateSeekerProfileRequest['skills'] & object, actor: AuthenticatedUser): SeekerSkillRow[] {
  const seen = new Set<string>();
  return skills.map(({ skillId, level, source }, index) => {
    if (!isKnownSkill(skillId)) throw unprocessable(`skills[${index}].skillId`, 'is not a skill of the taxonomy (see GET /skills)');
    if (seen.has(skillId)) throw unprocessable(`skills[${index}].skillId`, 'is listed twice');
    seen.add(skillId);
    if (source === 'caseworker-confirmed' && actor.role !== 'caseworker') {
      const confirmed = current.find((row) => row.skillId === skillId && row.source === 'caseworker-confirmed' && row.level === level);
      if (!confirmed) {
        const field = `skills[${index}].source`;
        throw new ProblemException(HttpStatus.FORBIDDEN, `${field}: only a caseworker confirms a skill`, [{ name: field, reason: 'only a caseworker confirms a skill' }]);
      }
    }
    return { skillId, level, source };
  });
}
