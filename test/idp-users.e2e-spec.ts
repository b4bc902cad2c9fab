import { expectScimError, LT_USER, SCIM, ScimClient, TestApp, TestOrg, uniqueEmail, USER_SCHEMA } from '@app/testing';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const q = (filter: string) => `/Users?filter=${encodeURIComponent(filter)}`;

describe('what real IdPs send for users (docs/idp-traffic.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg('IdP traffic');
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  it('PingOne: test connection, look-up, create with the extension, full PUT updates, disable, delete', async () => {
    // Test Connection probes.
    expect((await scim.get(q('userName eq "probe@unknown.test"'))).body.totalResults).toBe(0);
    expectScimError(await scim.get('/Users/3f1c9b0e-0000-4000-8000-000000000000'), 404);
    expect((await t.http().get(`${SCIM}/ServiceProviderConfig`).set('Authorization', `Bearer ${org.scimToken}`)).status).toBe(200);

    const email = uniqueEmail('jane.ping');
    expect((await scim.get(q(`username Eq "${email}"`))).body.totalResults).toBe(0);
    const created = await scim.post('/Users', {
      schemas: [USER_SCHEMA, LT_USER],
      userName: email,
      name: { givenName: 'Jane', familyName: 'Ping', formatted: 'Jane Ping' },
      emails: [
        { value: email, type: 'work', primary: true },
        { value: email, type: 'work', primary: true },
      ],
      active: true,
      [LT_USER]: { OrganizationRole: 'User' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // PingOne's own examples filter on `email`, which means the user's email addresses.
    expect((await scim.get(q(`email Co "${email.split('@')[0]}"`))).body.totalResults).toBe(1);

    // PingOne updates with full PUTs, always re-sending the whole user.
    const put = await scim.put(`/Users/${id}`, {
      schemas: [USER_SCHEMA, LT_USER],
      id,
      userName: email,
      name: { givenName: 'Janet', familyName: 'Ping', formatted: 'Janet Ping' },
      emails: [{ value: email, type: 'work', primary: true }],
      active: true,
      [LT_USER]: { OrganizationRole: 'Admin' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: { givenName: 'Janet' }, [LT_USER]: { OrganizationRole: 'Admin' } });

    const disabled = await scim.put(`/Users/${id}`, { schemas: [USER_SCHEMA], userName: email, active: false, name: { givenName: 'Janet' } });
    expect(disabled.body.active).toBe(false);
    expect((await scim.delete(`/Users/${id}`)).status).toBe(204);
    expect((await scim.get(`/Users/${id}`)).body.active).toBe(false);
  });

  it('Entra ID: match, create, PATCH with capitalised ops and string booleans, path-less replace, re-enable', async () => {
    const guid = '6a5b1a8e-31c5-4b6e-9a0c-3b1d0c9a7e11';
    expect((await scim.get(q(`userName eq "${guid}"`))).body).toMatchObject({ totalResults: 0, Resources: [] });
    const email = uniqueEmail('ada.entra');
    expect((await scim.get(q(`externalId eq "entra-${email}"`))).body.totalResults).toBe(0);
    const created = await scim.post('/Users?aadOptscim062020', {
      schemas: [USER_SCHEMA, ENTERPRISE],
      externalId: `entra-${email}`,
      userName: email,
      active: true,
      emails: [{ primary: true, type: 'work', value: email }],
      meta: { resourceType: 'User' },
      name: { formatted: 'Ada Entra', familyName: 'Entra', givenName: 'Ada' },
      roles: [],
      [ENTERPRISE]: { employeeNumber: '42', department: 'R&D' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await scim.get(q(`externalId eq "entra-${email}"`))).body.totalResults).toBe(1);
    expect((await scim.get(q(`emails[type eq "work"].value eq "${email}"`))).body.totalResults).toBe(1);

    const renamed = await scim.patch(`/Users/${id}`, [
      { op: 'Replace', path: 'emails[type eq "work"].value', value: email },
      { op: 'Replace', path: 'name.familyName', value: 'Lovelace' },
    ]);
    expect(renamed.status).toBe(200);
    expect(renamed.body.name.familyName).toBe('Lovelace');

    const disabled = await scim.patch(`/Users/${id}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(disabled.body.active).toBe(false);

    const flagged = await scim.patch(`/Users/${id}?aadOptscim062020`, [
      { op: 'replace', value: { displayName: 'Ada L.', 'name.givenName': 'Augusta', [`${ENTERPRISE}:employeeNumber`]: '43' } },
    ]);
    expect(flagged.body).toMatchObject({ displayName: 'Ada L.', name: { givenName: 'Augusta', familyName: 'Lovelace' }, [ENTERPRISE]: { employeeNumber: '43', department: 'R&D' } });

    const enabled = await scim.patch(`/Users/${id}`, [{ op: 'replace', path: 'active', value: true }]);
    expect(enabled.body.active).toBe(true);
  });

  it('Okta: paged import, look-up, create with password and groups, GET then PUT, path-less deactivate/reactivate', async () => {
    const okta = (req: ReturnType<ScimClient['get']>) => req.set('User-Agent', 'Okta SCIM Client 1.0.0');
    const first = await okta(scim.get('/Users?startIndex=1&count=2'));
    expect(first.body).toMatchObject({ startIndex: 1, Resources: expect.any(Array) });
    expect(first.body.itemsPerPage).toBeLessThanOrEqual(2);
    const email = uniqueEmail('okta');
    expect((await okta(scim.get(`${q(`userName eq "${email}"`)}&startIndex=1&count=100`))).body.totalResults).toBe(0);
    const created = await scim.post('/Users', {
      schemas: [USER_SCHEMA],
      userName: email,
      name: { givenName: 'Otto', familyName: 'Kta' },
      emails: [{ primary: true, value: email, type: 'work' }],
      displayName: 'Otto Kta',
      locale: 'en-US',
      externalId: '00u1abcd',
      groups: [],
      password: 'S3cret!pass',
      active: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.password).toBeUndefined();
    expect(created.body).toMatchObject({ userName: email, locale: 'en-US', displayName: 'Otto Kta' });
    const id = created.body.id;
    expectScimError(await scim.post('/Users', { schemas: [USER_SCHEMA], userName: email }), 409, 'uniqueness');

    const current = (await scim.get(`/Users/${id}`)).body;
    const updated = await scim.put(`/Users/${id}`, { ...current, name: { givenName: 'Otto', familyName: 'Okta' } });
    expect(updated.body.name.familyName).toBe('Okta');

    expect((await scim.patch(`/Users/${id}`, [{ op: 'replace', value: { active: false } }])).body.active).toBe(false);
    expect((await scim.patch(`/Users/${id}`, [{ op: 'replace', value: { active: true } }])).body.active).toBe(true);
  });

  it("filters as Microsoft's SCIM reference tests write them: unquoted values read as strings", async () => {
    const email = uniqueEmail('Oscar.unquoted');
    const created = await scim.createUser(email);
    const matched = await scim.get(q(`userName sw ${email.slice(0, 12)}`));
    expect(matched.status).toBe(200);
    expect(matched.body.Resources.map((user: { id: string }) => user.id)).toEqual([created.id]);
    const since = await scim.get(q(`meta.created gt 2015-10-10T14:38:21.8617979-07:00 and userName eq ${email}`));
    expect(since.body.totalResults).toBe(1);
    expect((await scim.get(q(`meta.created gt 2999-10-10T14:38:21.8617979-07:00 and userName eq ${email}`))).body.totalResults).toBe(0);
  });

  it("PingOne's `email` filter finds users by any of their email addresses, in any case", async () => {
    const userName = uniqueEmail('ping.email');
    const other = uniqueEmail('second.address', 'example.test');
    const created = await scim.createUser(userName, { emails: [{ value: userName, type: 'work' }, { value: other, type: 'home' }] });
    for (const filter of [`email eq "${other}"`, `EMAIL Co "${other.split('@')[0].toUpperCase()}"`, `email sw "${userName.slice(0, 9)}"`]) {
      const response = await scim.get(q(filter));
      expect({ filter, ids: response.body.Resources?.map((user: { id: string }) => user.id) }).toEqual({ filter, ids: [created.id] });
    }
  });
});

