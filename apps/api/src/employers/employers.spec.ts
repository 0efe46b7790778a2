import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';

const PASSWORD = 'een-lang-en-sterk-wachtwoord';

describe('employers and their verification', () => {
  let api: TestApp;
  let caseworker: { Authorization: string };
  let seeker: { Authorization: string };
  let admin: { Authorization: string };

  /** Registers a new employer in the given postcode and returns its id and sign-in header. */
  async function registerEmployer(postcode = '7081 AB', municipalityCode?: string) {
    const email = uniqueEmail('werkgever');
    const response = await api.http().post('/api/v1/accounts').send({
      role: 'employer',
      email,
      password: PASSWORD,
      displayName: 'Joke Hendriks',
      organisation: { name: 'Schilder Hendriks', kvkNumber: '11223344', postcode, houseNumber: '3', municipalityCode },
    });
    expect(response.status).toBe(201);
    return { id: response.body.employerId as string, auth: await signIn(api, email, PASSWORD) };
  }

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    seeker = await signIn(api, 'demo.werkzoekende@meedoen.test');
    admin = await signIn(api, 'demo.beheerder@meedoen.test');
  });
  afterAll(() => api.app.close());

  it("lists pending employers of the caseworker's region as the verification queue", async () => {
    const { id } = await registerEmployer();
    const queue = await api.http().get('/api/v1/employers?verificationStatus=pending&pageSize=100').set(caseworker);
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((e: { id: string }) => e.id)).toContain(id);
    expect(queue.body.items.every((e: { verificationStatus: string }) => e.verificationStatus === 'pending')).toBe(true);
  });

  it('lets a caseworker of the region approve with a KvK note, audited', async () => {
    const { id, auth } = await registerEmployer();
    const missingNote = await api.http().post(`/api/v1/employers/${id}/verification`).set(caseworker).send({ decision: 'approve' });
    expect(missingNote.status).toBe(400);
    expect(missingNote.body.invalidParams[0].name).toBe('kvkCheckNote');
    const approved = await api.http().post(`/api/v1/employers/${id}/verification`).set(caseworker).send({ decision: 'approve', kvkCheckNote: 'KvK 11223344 actief, adres klopt' });
    expect(approved.status).toBe(200);
    expect(approved.body.verificationStatus).toBe('verified');
    expect((await api.http().get(`/api/v1/employers/${id}`).set(auth)).body.verificationStatus).toBe('verified');
    const audit = await api.http().get(`/api/v1/audit-events?subjectType=employer&subjectId=${id}`).set(admin);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['employer.verified']);
  });

  it('requires a reason to reject', async () => {
    const { id } = await registerEmployer();
    expect((await api.http().post(`/api/v1/employers/${id}/verification`).set(caseworker).send({ decision: 'reject' })).status).toBe(400);
    const rejected = await api.http().post(`/api/v1/employers/${id}/verification`).set(caseworker).send({ decision: 'reject', reason: 'KvK-nummer hoort bij een ander bedrijf' });
    expect(rejected.body).toMatchObject({ verificationStatus: 'rejected', verificationNote: 'KvK-nummer hoort bij een ander bedrijf' });
  });

  it("hides employers outside the caseworker's region (404) and refuses seekers and employers (403)", async () => {
    const { id: eindhoven } = await registerEmployer('5611 AB');
    expect((await api.http().post(`/api/v1/employers/${eindhoven}/verification`).set(caseworker).send({ decision: 'reject', reason: 'niet onze regio' })).status).toBe(404);
    const { id, auth } = await registerEmployer();
    expect((await api.http().post(`/api/v1/employers/${id}/verification`).set(seeker).send({ decision: 'approve', kvkCheckNote: 'zelf gedaan' })).status).toBe(403);
    expect((await api.http().post(`/api/v1/employers/${id}/verification`).set(auth).send({ decision: 'approve', kvkCheckNote: 'zelf gedaan' })).status).toBe(403);
    expect((await api.http().get('/api/v1/employers').set(seeker)).status).toBe(403);
  });

  it("shows another employer only its public card once verified, and never lets it change that employer", async () => {
    const own = await registerEmployer();
    const other = await registerEmployer();
    expect((await api.http().get(`/api/v1/employers/${other.id}`).set(own.auth)).status).toBe(404);
    expect((await api.http().patch(`/api/v1/employers/${other.id}`).set(own.auth).send({ name: 'Overgenomen' })).status).toBe(404);
    await api.http().post(`/api/v1/employers/${other.id}/verification`).set(caseworker).send({ decision: 'approve', kvkCheckNote: 'gecontroleerd' });
    const card = await api.http().get(`/api/v1/employers/${other.id}`).set(own.auth);
    expect(card.status).toBe(200);
    expect(card.body).not.toHaveProperty('kvkNumber');
    expect(card.body).not.toHaveProperty('contact');
    expect((await api.http().patch(`/api/v1/employers/${other.id}`).set(own.auth).send({ name: 'Overgenomen' })).status).toBe(403);
  });

  it('lets an employer change its details; a new KvK number needs verification again', async () => {
    const { id, auth } = await registerEmployer();
    await api.http().post(`/api/v1/employers/${id}/verification`).set(caseworker).send({ decision: 'approve', kvkCheckNote: 'gecontroleerd' });
    const renamed = await api.http().patch(`/api/v1/employers/${id}`).set(auth).send({ name: 'Schildersbedrijf Hendriks', contactPhone: '0315 654321' });
    expect(renamed.body).toMatchObject({ name: 'Schildersbedrijf Hendriks', verificationStatus: 'verified', contact: { phone: '0315 654321' } });
    const newKvk = await api.http().patch(`/api/v1/employers/${id}`).set(auth).send({ kvkNumber: '99887766' });
    expect(newKvk.body.verificationStatus).toBe('pending');
    const bad = await api.http().patch(`/api/v1/employers/${id}`).set(auth).send({ kvkNumber: 'abc', verificationStatus: 'verified' });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['kvkNumber', 'verificationStatus']);
  });

  it('needs a participating municipality for an employer outside the region', async () => {
    const email = uniqueEmail('werkgever');
    const body = {
      role: 'employer', email, password: PASSWORD, displayName: 'Piet',
      organisation: { name: 'Amsterdam BV', kvkNumber: '12121212', postcode: '1011 AB', houseNumber: '1' },
    };
    const response = await api.http().post('/api/v1/accounts').send(body);
    expect(response.status).toBe(422);
    expect(response.body.invalidParams[0].name).toBe('organisation.municipalityCode');
    const chosen = await api.http().post('/api/v1/accounts').send({ ...body, organisation: { ...body.organisation, municipalityCode: 'GM0222' } });
    expect(chosen.status).toBe(201);
    expect(chosen.body.municipalityCode).toBe('GM0222');
  });

  it('answers a malformed id with 400 and an unknown id with 404', async () => {
    expect((await api.http().get('/api/v1/employers/not-a-uuid').set(caseworker)).status).toBe(400);
    expect((await api.http().get('/api/v1/employers/00000000-0000-4000-8000-000000000000').set(caseworker)).status).toBe(404);
  });
});
