import { getOccupation, isKnownSkill, TAXONOMY_VERSION } from '@meedoen/shared';
import { geocodePostcode } from '../common/geocode';
import { badRequest, unprocessable } from '../common/problem';
import { todayInNetherlands } from '../common/validators';
import type { Employer } from '../employers/employer.entity';
import type { CreateVacancyRequest, LocationRequest, UpdateVacancyRequest, VacancySkillRequest } from './dto/vacancy.request';
import type { PayType, Vacancy, VacancySkillRow } from './vacancy.entity';

export type VacancyColumns = Partial<Omit<Vacancy, 'id' | 'employer' | 'employerId' | 'status' | 'publishedAt' | 'createdAt' | 'updatedAt'>>;

/** Pay that fits each kind of work: a trial placement keeps the benefit, volunteering pays at most expenses. */
const PAY_TYPES_BY_KIND: Partial<Record<string, readonly PayType[]>> = {
  regular: ['hourly-wage', 'monthly-salary'],
  'community-job': ['hourly-wage', 'monthly-salary'],
  'trial-placement': ['retained-benefit'],
  volunteer: ['expense-allowance', 'unpaid'],
};
const PAID: readonly PayType[] = ['hourly-wage', 'monthly-salary'];

/** Request fields that may be cleared with null in a PATCH; null for any other field is refused. */
const CLEARABLE = new Set(['occupationId', 'startDate', 'durationWeeks', 'closesOn', 'location', 'schedule']);

/**
 * Turns a create or update request into vacancy columns, checking what class-validator cannot: taxonomy ids,
 * postcodes, and rules between fields. `current` is the stored vacancy for an update.
 */
export function toVacancyColumns(request: CreateVacancyRequest | UpdateVacancyRequest, employer: Employer, current?: Vacancy): VacancyColumns {
  for (const [field, value] of Object.entries(request)) {
    if (value === null && !CLEARABLE.has(field)) throw badRequest(field, 'may not be empty');
  }
  const columns: VacancyColumns = {};
  const { title, description, kind, occupationId, themes, experienceYearsWanted, hoursMin, hoursMax, startDate, contractType } = request;
  Object.assign(columns, definedOnly({ title, description, kind, themes, experienceYearsWanted, hoursMin, hoursMax, contractType }));
  if (occupationId !== undefined) columns.occupationId = occupationId === null ? null : checkedOccupation(occupationId);
  if (startDate !== undefined) columns.startDate = startDate;
  if (request.durationWeeks !== undefined) columns.durationWeeks = request.durationWeeks;
  if (request.closesOn !== undefined) columns.closesOn = checkedCloseDate(request.closesOn);
  if (request.requiredSkills !== undefined || request.niceToHaveSkills !== undefined) {
    columns.skills = checkedSkills(
      request.requiredSkills ?? current?.skills.filter((skill) => skill.required) ?? [],
      request.niceToHaveSkills ?? current?.skills.filter((skill) => !skill.required) ?? [],
      request.requiredSkills !== undefined,
      request.niceToHaveSkills !== undefined,
    );
  }
  if (request.schedule !== undefined) {
    columns.days = request.schedule?.days ?? [];
    columns.dayParts = request.schedule?.dayParts ?? [];
    columns.shiftWork = request.schedule?.shiftWork ?? false;
  }
  if (request.pay) Object.assign(columns, { payType: request.pay.type, payMin: request.pay.min ?? null, payMax: request.pay.max ?? null });
  const { workplace, requiresDrivingLicence, minDutchLevel, conditions, supportOffered, suitableForBanenafspraak, places } = request;
  Object.assign(columns, definedOnly({ workplace, requiresDrivingLicence, minDutchLevel, conditions, supportOffered, suitableForBanenafspraak, places }));
  if (request.location !== undefined || !current) Object.assign(columns, placeOf(request.location ?? null, employer));

  const merged = { ...current, ...columns } as Vacancy;
  checkHours(merged);
  checkPayFitsKind(merged);
  // Themes follow the occupation's sector unless the employer chose them.
  if (request.themes === undefined && (!current || request.occupationId !== undefined)) {
    const previousDefault = current ? defaultThemes(current.occupationId) : [];
    if (!current || current.themes.join() === previousDefault.join()) columns.themes = defaultThemes(merged.occupationId);
  }
  columns.taxonomyVersion = TAXONOMY_VERSION;
  return columns;
}

function checkedOccupation(id: string): string {
  if (!getOccupation(id)) throw unprocessable('occupationId', `is not an occupation of the taxonomy (see GET /occupations)`);
  return id;
}

function checkedCloseDate(closesOn: string | null): string | null {
  if (closesOn !== null && closesOn < todayInNetherlands()) throw unprocessable('closesOn', 'lies in the past');
  return closesOn;
}

function checkedSkills(required: readonly VacancySkillRequest[], niceToHave: readonly VacancySkillRequest[], checkRequired: boolean, checkNice: boolean): VacancySkillRow[] {
  const seen = new Set<string>();
  const rows: VacancySkillRow[] = [];
  const add = (skills: readonly VacancySkillRequest[], field: string, isRequired: boolean, check: boolean) =>
    skills.forEach((skill, index) => {
      if (check && !isKnownSkill(skill.skillId)) throw unprocessable(`${field}[${index}].skillId`, 'is not a skill of the taxonomy (see GET /skills)');
      if (seen.has(skill.skillId)) throw unprocessable(`${field}[${index}].skillId`, 'is listed twice');
      seen.add(skill.skillId);
      rows.push({ skillId: skill.skillId, level: skill.level, required: isRequired });
    });
  add(required, 'requiredSkills', true, checkRequired);
  add(niceToHave, 'niceToHaveSkills', false, checkNice);
  return rows;
}

function checkHours(vacancy: Vacancy) {
  if (vacancy.hoursMin > vacancy.hoursMax) throw badRequest('hoursMin', 'must not be more than hoursMax');
}

function checkPayFitsKind(vacancy: Vacancy) {
  const allowed = PAY_TYPES_BY_KIND[vacancy.kind];
  if (allowed && !allowed.includes(vacancy.payType)) {
    throw unprocessable('pay.type', `a ${vacancy.kind} vacancy pays as ${allowed.join(' or ')}`);
  }
  if (PAID.includes(vacancy.payType) && vacancy.payMin === null) throw unprocessable('pay.min', `give the pay for ${vacancy.payType}`);
  if (vacancy.payMin !== null && vacancy.payMax !== null && vacancy.payMin > vacancy.payMax) throw badRequest('pay.min', 'must not be more than pay.max');
}

function defaultThemes(occupationId: string | null): string[] {
  const sector = occupationId ? getOccupation(occupationId)?.sector : undefined;
  return sector ? [sector] : [];
}

/** The workplace: the given address, else the employer's; its municipality, else the employer's. */
function placeOf(location: LocationRequest | null, employer: Employer) {
  if (!location) {
    return {
      postcode: employer.postcode,
      houseNumber: employer.houseNumber,
      city: employer.city,
      latitude: employer.latitude,
      longitude: employer.longitude,
      municipalityCode: employer.municipalityCode,
    };
  }
  const place = geocodePostcode(location.postcode, 'location.postcode');
  return {
    postcode: place.postcode,
    houseNumber: location.houseNumber,
    city: place.place,
    latitude: place.latitude,
    longitude: place.longitude,
    municipalityCode: place.municipalityCode ?? employer.municipalityCode,
  };
}

export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
