import { signIn, TestApp, uniqueEmail } from './test-app';

export const PASSWORD = 'een-lang-en-sterk-wachtwoord';
export type Auth = { Authorization: string };

/** A complete, valid vacancy request; override what a test is about. */
export function vacancyBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Schoonmaker kantoren',
    description: 'Je maakt **kantoren** schoon in de ochtend. Je werkt samen met een vaste collega.',
    kind: 'regular',
    occupationId: '9112.2',
    requiredSkills: [{ skillId: 'office-cleaning', level: 2 }],
    niceToHaveSkills: [{ skillId: 'window-cleaning', level: 1 }],
    hoursMin: 16,
    hoursMax: 24,
    schedule: { days: ['mon', 'tue', 'wed'], dayParts: ['morning'] },
    contractType: 'fixed-term',
    durationWeeks: 26,
    pay: { type: 'hourly-wage', min: 14.4, max: 15.5 },
    location: { postcode: '7081 AB', houseNumber: '12' },
    minDutchLevel: 'A2',
    conditions: ['long-standing'],
    supportOffered: ['job-coach'],
    ...overrides,
  };
}

/** Creates a vacancy as this employer; publishes it unless told otherwise. Returns its id. */
export async function postVacancy(api: TestApp, employer: Auth, overrides: Record<string, unknown> = {}, publish = true): Promise<string> {
  const created = await api.http().post('/api/v1/vacancies').set(employer).send(vacancyBody(overrides));
  if (created.status !== 201) throw new Error(`creating a vacancy failed: ${created.status} ${JSON.stringify(created.body)}`);
  if (publish) {
    const published = await api.http().patch(`/api/v1/vacancies/${created.body.id}`).set(employer).send({ status: 'published' });
    if (published.status !== 200) throw new Error(`publishing failed: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return created.body.id;
}

/** Registers an employer (pending verification) and returns its id and sign-in header. */
export async function registerEmployer(api: TestApp, postcode = '7081 AB') {
  const email = uniqueEmail('werkgever');
  const response = await api.http().post('/api/v1/accounts').send({
    role: 'employer',
    email,
    password: PASSWORD,
    displayName: 'Joke Hendriks',
    organisation: { name: 'Schilder Hendriks', kvkNumber: '11223344', postcode, houseNumber: '3' },
  });
  if (response.status !== 201) throw new Error(`registration failed: ${response.status}`);
  return { id: response.body.employerId as string, auth: await signIn(api, email, PASSWORD) };
}

/** A verified employer of its own, so tests do not see each other's vacancies. */
export async function verifiedEmployer(api: TestApp, caseworker: Auth, postcode = '7081 AB') {
  const employer = await registerEmployer(api, postcode);
  const verified = await api.http().post(`/api/v1/employers/${employer.id}/verification`).set(caseworker).send({ decision: 'approve', kvkCheckNote: 'gecontroleerd' });
  if (verified.status !== 200) throw new Error(`verification failed: ${verified.status}`);
  return employer;
}

/** Registers a seeker in this municipality and returns its id and sign-in header. */
export async function registerSeeker(api: TestApp, municipalityCode = 'GM1509') {
  const email = uniqueEmail('inwoner');
  const response = await api.http().post('/api/v1/accounts').send({ role: 'seeker', email, password: PASSWORD, displayName: 'Ahmed Yilmaz', municipalityCode });
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id as string, email, auth: await signIn(api, email, PASSWORD) };
}

export const paramNames = (body: { invalidParams?: { name: string }[] }) => (body.invalidParams ?? []).map((param) => param.name);

/** A cleaner in Ulft (Oude IJsselstreek) who cycles up to half an hour: fits the fixtures' cleaning job in Gendringen. */
export const cleanerProfile = {
  skills: [{ skillId: 'office-cleaning', level: 2, source: 'self-declared' }],
  wantedOccupations: ['9112.2'],
  hoursMin: 16,
  hoursMax: 24,
  availability: ['mon', 'tue', 'wed', 'thu'].map((day) => ({ day, part: 'morning' })),
  postcode: '7071 AB',
  travel: [{ mode: 'bike', maxMinutes: 30 }],
  dutchLevel: 'B1',
  visibility: 'employers-anonymous',
};
