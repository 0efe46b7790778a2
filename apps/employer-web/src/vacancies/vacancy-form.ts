import type { VacancyKind } from '@meedoen/shared';
import type { CreateVacancyRequest, ScheduleRequest, VacancyResponse } from '@meedoen/web';
import type { EmployerMessageKey } from '../messages';

export type SkillLevel = 1 | 2 | 3;

export interface ChosenSkill {
  skillId: string;
  label: string;
  level: SkillLevel;
  required: boolean;
}

/** What the editor holds: text fields as typed, turned into a request only when saving. */
export interface VacancyForm {
  title: string;
  description: string;
  kind: VacancyKind | '';
  occupation: { id: string; label: string } | null;
  skills: ChosenSkill[];
  hoursMin: string;
  hoursMax: string;
  days: string[];
  dayParts: string[];
  shiftWork: string;
  startDate: string;
  closesOn: string;
  contractType: string;
  durationWeeks: string;
  payType: string;
  payMin: string;
  payMax: string;
  workplace: string;
  postcode: string;
  houseNumber: string;
  minDutchLevel: string;
  requiresDrivingLicence: string;
  experienceYearsWanted: string;
  conditions: string[];
  supportOffered: string[];
  suitableForBanenafspraak: string;
  places: string;
}

export type VacancyFormField = keyof VacancyForm;
export type FormErrors = Partial<Record<VacancyFormField, string>>;

export const EMPTY_FORM: VacancyForm = {
  title: '',
  description: '',
  kind: '',
  occupation: null,
  skills: [],
  hoursMin: '',
  hoursMax: '',
  days: [],
  dayParts: [],
  shiftWork: 'no',
  startDate: '',
  closesOn: '',
  contractType: '',
  durationWeeks: '',
  payType: '',
  payMin: '',
  payMax: '',
  workplace: 'on-site',
  postcode: '',
  houseNumber: '',
  minDutchLevel: 'none',
  requiresDrivingLicence: 'no',
  experienceYearsWanted: '0',
  conditions: [],
  supportOffered: [],
  suitableForBanenafspraak: 'no',
  places: '1',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const text = (value: number | string | null) => (value === null ? '' : String(value));

/** A stored vacancy in the editor; a copy starts without dates, which usually lie in the past. */
export function formFromVacancy(vacancy: VacancyResponse, asCopy = false): VacancyForm {
  const skill = (required: boolean) => (item: VacancyResponse['requiredSkills'][number]) => ({
    skillId: item.skillId,
    label: item.label,
    level: item.level as SkillLevel,
    required,
  });
  return {
    title: vacancy.title,
    description: vacancy.description,
    kind: vacancy.kind,
    occupation: vacancy.occupation,
    skills: [...vacancy.requiredSkills.map(skill(true)), ...vacancy.niceToHaveSkills.map(skill(false))],
    hoursMin: text(vacancy.hoursMin),
    hoursMax: text(vacancy.hoursMax),
    days: vacancy.schedule.days,
    dayParts: vacancy.schedule.dayParts,
    shiftWork: yesNo(vacancy.schedule.shiftWork),
    startDate: asCopy ? '' : text(vacancy.startDate),
    closesOn: asCopy ? '' : text(vacancy.closesOn),
    contractType: vacancy.contractType,
    durationWeeks: text(vacancy.durationWeeks),
    payType: vacancy.pay.type,
    payMin: text(vacancy.pay.min),
    payMax: text(vacancy.pay.max),
    workplace: vacancy.workplace,
    postcode: text(vacancy.location.postcode),
    houseNumber: text(vacancy.location.houseNumber),
    minDutchLevel: vacancy.minDutchLevel,
    requiresDrivingLicence: yesNo(vacancy.requiresDrivingLicence),
    experienceYearsWanted: text(vacancy.experienceYearsWanted),
    conditions: vacancy.conditions,
    supportOffered: vacancy.supportOffered,
    suitableForBanenafspraak: yesNo(vacancy.suitableForBanenafspraak),
    places: text(vacancy.places),
  };
}

const WHOLE_NUMBER = /^\d+$/;
const MONEY = /^\d+([.,]\d{1,2})?$/;
const PAID = ['hourly-wage', 'monthly-salary'];
const POSTCODE = /^[1-9]\d{3} ?[A-Za-z]{2}$/;

/** The checks the user can fix before sending; the API checks everything again. */
export function validateVacancyForm(form: VacancyForm): Partial<Record<VacancyFormField, EmployerMessageKey>> {
  const errors: Partial<Record<VacancyFormField, EmployerMessageKey>> = {};
  if (form.title.trim().length < 3) errors.title = 'editor.error.title';
  if (!form.description.trim()) errors.description = 'editor.error.description';
  if (!form.kind) errors.kind = 'editor.error.kind';
  const hours = (value: string) => WHOLE_NUMBER.test(value) && Number(value) >= 1 && Number(value) <= 60;
  if (!hours(form.hoursMin)) errors.hoursMin = 'editor.error.hours';
  if (!hours(form.hoursMax)) errors.hoursMax = 'editor.error.hours';
  else if (!errors.hoursMin && Number(form.hoursMin) > Number(form.hoursMax)) errors.hoursMax = 'editor.error.hoursOrder';
  if (!form.contractType) errors.contractType = 'editor.error.contractType';
  if (!form.payType) errors.payType = 'editor.error.payType';
  if (form.payMin && !MONEY.test(form.payMin)) errors.payMin = 'editor.error.money';
  else if (!form.payMin && PAID.includes(form.payType)) errors.payMin = 'editor.error.payAmount';
  if (form.payMax && !MONEY.test(form.payMax)) errors.payMax = 'editor.error.money';
  if (form.durationWeeks && !WHOLE_NUMBER.test(form.durationWeeks)) errors.durationWeeks = 'editor.error.wholeNumber';
  if (!WHOLE_NUMBER.test(form.places) || Number(form.places) < 1) errors.places = 'editor.error.places';
  if (form.postcode && !POSTCODE.test(form.postcode.trim())) errors.postcode = 'editor.error.postcode';
  if (form.postcode && !form.houseNumber.trim()) errors.houseNumber = 'editor.error.houseNumber';
  return errors;
}

const money = (value: string) => (value ? Number(value.replace(',', '.')) : undefined);

/** The request body; `clearing` sends null for emptied optional fields (an update), instead of leaving them out. */
export function requestFromForm(form: VacancyForm, clearing: boolean): CreateVacancyRequest {
  const optional = <T,>(value: T | undefined) => (value === undefined && clearing ? (null as unknown as T) : value);
  const skills = (required: boolean) =>
    form.skills.filter((skill) => skill.required === required).map(({ skillId, level }) => ({ skillId, level }));
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    kind: form.kind as VacancyKind,
    occupationId: optional(form.occupation?.id),
    requiredSkills: skills(true),
    niceToHaveSkills: skills(false),
    experienceYearsWanted: Number(form.experienceYearsWanted || 0),
    hoursMin: Number(form.hoursMin),
    hoursMax: Number(form.hoursMax),
    schedule: { days: form.days as ScheduleRequest['days'], dayParts: form.dayParts as ScheduleRequest['dayParts'], shiftWork: form.shiftWork === 'yes' },
    startDate: optional(form.startDate || undefined),
    contractType: form.contractType as CreateVacancyRequest['contractType'],
    durationWeeks: optional(form.durationWeeks ? Number(form.durationWeeks) : undefined),
    pay: { type: form.payType as CreateVacancyRequest['pay']['type'], min: money(form.payMin), max: money(form.payMax) },
    workplace: form.workplace as CreateVacancyRequest['workplace'],
    location: optional(form.postcode ? { postcode: form.postcode.trim().toUpperCase(), houseNumber: form.houseNumber.trim() } : undefined),
    requiresDrivingLicence: form.requiresDrivingLicence === 'yes',
    minDutchLevel: form.minDutchLevel as CreateVacancyRequest['minDutchLevel'],
    conditions: form.conditions as CreateVacancyRequest['conditions'],
    supportOffered: form.supportOffered as CreateVacancyRequest['supportOffered'],
    suitableForBanenafspraak: form.suitableForBanenafspraak === 'yes',
    places: Number(form.places),
    closesOn: optional(form.closesOn || undefined),
  };
}

/** API field names (invalidParams) mapped to the editor's fields. */
export function formFieldOfParam(name: string): VacancyFormField | undefined {
  const map: Record<string, VacancyFormField> = {
    occupationId: 'occupation',
    requiredSkills: 'skills',
    niceToHaveSkills: 'skills',
    'pay.type': 'payType',
    'pay.min': 'payMin',
    'pay.max': 'payMax',
    pay: 'payType',
    location: 'postcode',
    'location.postcode': 'postcode',
    'location.houseNumber': 'houseNumber',
    'schedule.days': 'days',
    'schedule.dayParts': 'dayParts',
  };
  if (map[name]) return map[name];
  const root = name.split(/[.[]/)[0];
  return root in EMPTY_FORM ? (root as VacancyFormField) : map[root];
}
