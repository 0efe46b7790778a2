import { toApiProblem, type ApiProblem, type EmployerResponse } from '@meedoen/web';
import type { EmployerMessageKey } from '../messages';

/** The organisation's details as typed in a form (registration and the organisation page). */
export interface OrganisationForm {
  name: string;
  kvkNumber: string;
  postcode: string;
  houseNumber: string;
  municipalityCode: string;
  contactPhone: string;
}
export type OrganisationField = keyof OrganisationForm;
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export const EMPTY_ORGANISATION: OrganisationForm = { name: '', kvkNumber: '', postcode: '', houseNumber: '', municipalityCode: '', contactPhone: '' };

export function organisationFormOf(employer: EmployerResponse): OrganisationForm {
  return {
    name: employer.name,
    kvkNumber: employer.kvkNumber ?? '',
    postcode: employer.postcode ?? '',
    houseNumber: employer.houseNumber ?? '',
    municipalityCode: '',
    contactPhone: employer.contact?.phone ?? '',
  };
}

const KVK = /^\d{8}$/;
const POSTCODE = /^[1-9]\d{3} ?[A-Za-z]{2}$/;
const HOUSE_NUMBER = /^\d{1,5}\s?[A-Za-z0-9-]{0,4}$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

export function validateOrganisation(form: OrganisationForm): Partial<Record<OrganisationField, EmployerMessageKey>> {
  const errors: Partial<Record<OrganisationField, EmployerMessageKey>> = {};
  if (form.name.trim().length < 2) errors.name = 'organisation.error.name';
  if (!KVK.test(form.kvkNumber.trim())) errors.kvkNumber = 'organisation.error.kvk';
  if (!POSTCODE.test(form.postcode.trim())) errors.postcode = 'editor.error.postcode';
  if (!HOUSE_NUMBER.test(form.houseNumber.trim())) errors.houseNumber = 'organisation.error.houseNumber';
  if (form.contactPhone.trim() && !PHONE.test(form.contactPhone.trim())) errors.contactPhone = 'organisation.error.phone';
  return errors;
}

/** The request fields of the organisation; empty optional fields are left out. */
export function organisationRequest(form: OrganisationForm) {
  return {
    name: form.name.trim(),
    kvkNumber: form.kvkNumber.trim(),
    postcode: form.postcode.trim().toUpperCase(),
    houseNumber: form.houseNumber.trim(),
    ...(form.municipalityCode ? { municipalityCode: form.municipalityCode } : {}),
    ...(form.contactPhone.trim() ? { contactPhone: form.contactPhone.trim() } : {}),
  };
}

/**
 * Splits an API answer into field errors (named without `prefix`, e.g. 'organisation.') and a problem for the rest.
 * `fields` are the names the form shows.
 */
export function splitProblem<Field extends string>(error: unknown, fields: readonly Field[], prefix = ''): { fieldErrors: FieldErrors<Field>; problem: ApiProblem } {
  const problem = toApiProblem(error);
  const fieldErrors: FieldErrors<Field> = {};
  for (const param of problem.invalidParams ?? []) {
    const name = param.name.startsWith(prefix) ? param.name.slice(prefix.length) : param.name;
    if ((fields as readonly string[]).includes(name)) fieldErrors[name as Field] = param.reason;
  }
  return { fieldErrors, problem };
}

/** Our own messages for the fields with an error, translated. */
export const translatedErrors = <Field extends string>(errors: Partial<Record<Field, EmployerMessageKey>>, t: (key: EmployerMessageKey) => string): FieldErrors<Field> =>
  Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key as EmployerMessageKey)])) as FieldErrors<Field>;
