import { signIn, TestApp, uniqueEmail } from './test-app';

export const RESIDENT_PASSWORD = 'een-lang-en-sterk-wachtwoord';

/** Registers a new resident (seeker) of the municipality; returns its id (the seekerId) and sign-in header. */
export async function registerResident(api: TestApp, municipalityCode = 'GM1509', displayName = 'Test Inwoner') {
  const email = uniqueEmail('inwoner');
  const response = await api.http().post('/api/v1/accounts').send({ role: 'seeker', email, password: RESIDENT_PASSWORD, displayName, municipalityCode });
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  const auth = await signIn(api, email, RESIDENT_PASSWORD);
  const me = await api.http().get('/api/v1/users/me').set(auth);
  return { id: me.body.id as string, email, auth };
}

/** Signs in a demo account and returns its header and user id. */
export async function signInWithId(api: TestApp, email: string) {
  const auth = await signIn(api, email);
  const me = await api.http().get('/api/v1/users/me').set(auth);
  return { auth, id: me.body.id as string };
}

export const DEMO = {
  seeker: 'demo.werkzoekende@meedoen.test',
  employer: 'demo.werkgever@meedoen.test',
  caseworker: 'demo.regisseur@meedoen.test',
  administrator: 'demo.beheerder@meedoen.test',
  berkellandCaseworker: 'regisseur.berkelland@meedoen.test',
} as const;

/** The audit events about a resident, newest first (read as an administrator). */
export async function auditOf(api: TestApp, admin: { Authorization: string }, seekerId: string, action?: string) {
  const query = new URLSearchParams({ subjectType: 'seeker', subjectId: seekerId, pageSize: '100', ...(action ? { action } : {}) });
  const response = await api.http().get(`/api/v1/audit-events?${query}`).set(admin);
  return response.body.items as { action: string; actorUserId: string; purpose: string | null; municipalityCode: string | null; details: Record<string, unknown> }[];
}
