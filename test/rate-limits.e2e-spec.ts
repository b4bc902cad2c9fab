import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Response } from 'supertest';
import { ERROR_SCHEMA, SCIM, ScimClient, TestApp } from '@app/testing';
import { createTestDatabase, TestDatabase } from './support/test-database';

const LIMIT = 5;

function randomScimToken(): string {
  return `scim_${randomBytes(32).toString('base64url')}`;
}

function forgedAdminJwt(): string {
  return jwt.sign({ org: '00000000-0000-4000-8000-000000000000', role: 'Admin' }, randomBytes(32).toString('hex'), { audience: 'scim-provisioning-admin-api' });
}

function scimGet(t: TestApp, token: string, forwardedFor?: string) {
  const call = t.http().get(`${SCIM}/Users`).set('Authorization', `Bearer ${token}`);
  return forwardedFor ? call.set('X-Forwarded-For', forwardedFor) : call;
}

function adminGet(t: TestApp, token: string) {
  return t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${token}`);
}

function expectScimTooMany(response: Response): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status: 429,
    body: { schemas: [ERROR_SCHEMA], status: '429', detail: expect.any(String) },
  });
  expect(response.headers['content-type']).toMatch(/application\/scim\+json/);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

function expectAdminTooMany(response: Response): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status: 429,
    body: { statusCode: 429, error: 'Too Many Requests', message: expect.any(String), code: 'rate_limited' },
  });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('authentication failures are throttled per client address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ RATE_LIMIT_AUTH_FAILURES: String(LIMIT) });
  });
  afterAll(() => t.stop());

  it('bad SCIM tokens: 401 up to the limit, then 429 with Retry-After in the SCIM error schema; a token that worked keeps working', async () => {
    const org = await t.createOrg();
    const idp = ScimClient.of(t, org);
    expect((await idp.get('/Users')).status).toBe(200);

    for (let i = 0; i < LIMIT; i++) expect((await scimGet(t, randomScimToken())).status).toBe(401);
    expectScimTooMany(await scimGet(t, randomScimToken()));
    expectScimTooMany(await scimGet(t, randomScimToken()));

    // The address is blocked, but an IdP whose exact token authenticated before is not a suspect.
    expect((await idp.get('/Users')).status).toBe(200);
    // A valid token this instance has never seen succeed waits for the window like any other token from the address.
    const unseen = await t.createOrg();
    expectScimTooMany(await ScimClient.of(t, unseen).get('/Users'));
    // The block covers the address, whichever API it calls next.
    expectAdminTooMany(await adminGet(t, forgedAdminJwt()));
  });
});

describe('bad admin JWTs are throttled in the admin error shape', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ RATE_LIMIT_AUTH_FAILURES: String(LIMIT) });
  });
  afterAll(() => t.stop());

  it('answers 401 up to the limit, then 429 with Retry-After; the admin who signed in before still gets through', async () => {
    const org = await t.createOrg();
    expect((await adminGet(t, org.adminToken)).status).toBe(200);
    for (let i = 0; i < LIMIT; i++) expect((await adminGet(t, forgedAdminJwt())).status).toBe(401);
    expectAdminTooMany(await adminGet(t, forgedAdminJwt()));
    expect((await adminGet(t, org.adminToken)).status).toBe(200);
  });
});

describe('one token hammered from many addresses is throttled by its prefix', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ RATE_LIMIT_AUTH_FAILURES: String(LIMIT), TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => t.stop());

  it('counts failures of the same token prefix across client addresses', async () => {
    const revoked = randomScimToken();
    for (let i = 0; i < LIMIT; i++) expect((await scimGet(t, revoked, `198.51.100.${i + 1}`)).status).toBe(401);
    expectScimTooMany(await scimGet(t, revoked, '198.51.100.200'));
    // Another token from a fresh address is not affected by that prefix's block.
    expect((await scimGet(t, randomScimToken(), '203.0.113.7')).status).toBe(401);
  });
});

describe('RATE_LIMIT_STORE=postgres shares counts across instances', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_AUTH_FAILURES: '4' };
    first = await TestApp.startOn(database, env);
    second = await TestApp.startOn(database, env);
  });
  afterAll(async () => {
    await second.app.close();
    await first.stop();
  });

  it('failures on one instance count on the other', async () => {
    for (const instance of [first, second, first, second]) expect((await scimGet(instance, randomScimToken())).status).toBe(401);
    // Neither instance alone has seen more than two failures: only the shared count knows the limit is reached.
    expectScimTooMany(await scimGet(second, randomScimToken()));
    expectScimTooMany(await scimGet(first, randomScimToken()));
  });
});

describe('per-organization request quota (RATE_LIMIT_ORG_REQUESTS)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ RATE_LIMIT_ORG_REQUESTS: '3' });
  });
  afterAll(() => t.stop());

  it('answers 429 once an organization has used its quota, on SCIM and admin routes alike; other organizations are unaffected', async () => {
    const busy = await t.createOrg();
    const quiet = await t.createOrg();
    const idp = ScimClient.of(t, busy);
    for (let i = 0; i < 3; i++) expect((await idp.get('/Users')).status).toBe(200);
    expectScimTooMany(await idp.get('/Users'));
    expectAdminTooMany(await adminGet(t, busy.adminToken));
    expect((await ScimClient.of(t, quiet).get('/Users')).status).toBe(200);
  });
});

describe('without configuration', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('an organization has no request quota and a working token is never throttled', async () => {
    const idp = ScimClient.of(t, await t.createOrg());
    for (let i = 0; i < 30; i++) expect((await idp.get('/Users')).status).toBe(200);
  });
});
