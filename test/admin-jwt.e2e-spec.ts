import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { exportJWK, exportSPKI, generateKeyPair, JWK, JWTPayload, KeyLike, SignJWT } from 'jose';
import { organizationRowCounts, PLATFORM_SERVICE_TOKEN, SCIM, startSeparateInstance, TestApp, TestOrg, uniqueEmail } from '@app/testing';

const ISSUER = 'https://login.platform.test';
const AUDIENCE = 'scim-provisioning-admin-api';
const GENERIC_401 = { statusCode: 401, error: 'Unauthorized', message: 'Invalid or expired admin token', code: 'unauthorized' };

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  publicJwk: JWK;
  publicPem: string;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }, publicPem: await exportSPKI(publicKey) };
}

/** The platform's identity provider as far as we can see it: a JWKS document over HTTP, its keys made here. */
class JwksServer {
  published: SigningKey[] = [];
  fetches = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.fetches++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.published.map((k) => k.publicJwk) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function platformToken(key: SigningKey, claims: JWTPayload, options: { issuer?: string; audience?: string; expiresIn?: string | number | null } = {}): Promise<string> {
  const builder = new SignJWT({ role: 'Admin', ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('jane@platform.test')
    .setIssuedAt();
  if (options.expiresIn !== null) builder.setExpirationTime(options.expiresIn ?? '10m');
  return builder.sign(key.privateKey);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('admin API tokens from the platform identity provider (JWKS)', () => {
  const jwks = new JwksServer();
  let t: TestApp;
  let org: TestOrg;
  let keyA: SigningKey;
  let keyB: SigningKey;
  let keyEc: SigningKey;
  const externalId = `platform-org-${randomUUID()}`;

  const settings = (token: string) => t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    [keyA, keyB, keyEc] = await Promise.all([signingKey('key-a', 'RS256'), signingKey('key-b', 'RS256'), signingKey('key-ec', 'ES256')]);
    jwks.published = [keyA, keyEc];
    const url = await jwks.start();
    t = await TestApp.start({ ADMIN_JWT_JWKS_URL: url, ADMIN_JWT_ISSUER: ISSUER, ADMIN_JWT_JWKS_COOLDOWN_SECONDS: '0' });
    org = await t.createOrg();
    const created = await t.http().post('/internal/organizations').set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`).send({ name: 'Platform org', externalId });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await t.stop();
    await jwks.stop();
  });

  it('accepts RS256 and ES256 tokens, fetching the key set once and caching it', async () => {
    for (let i = 0; i < 3; i++) expect((await settings(await platformToken(keyA, { org: org.organizationId }))).status).toBe(200);
    const response = await settings(await platformToken(keyEc, { org: org.organizationId }));
    expect(response.status).toBe(200);
    expect(response.body.organizationId).toBe(org.organizationId);
    expect(jwks.fetches).toBe(1);
  });

  it("resolves the org claim by the platform's external id", async () => {
    const response = await settings(await platformToken(keyA, { org: externalId }));
    expect(response.status).toBe(200);
    const byId = await t.http().get(`/internal/organizations/${externalId}`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`);
    expect(response.body.organizationId).toBe(byId.body.organizationId);
  });

  it('refuses expired, wrong-issuer, wrong-audience, exp-less and too-long-lived tokens with one generic message', async () => {
    const claims = { org: org.organizationId };
    const refused = [
      await platformToken(keyA, { ...claims, iat: Math.floor(Date.now() / 1000) - 3600 }, { expiresIn: Math.floor(Date.now() / 1000) - 600 }),
      await platformToken(keyA, claims, { issuer: 'https://evil.test' }),
      await platformToken(keyA, claims, { audience: 'another-api' }),
      await platformToken(keyA, claims, { expiresIn: null }),
      await platformToken(keyA, claims, { expiresIn: '30d' }),
    ];
    for (const token of refused) {
      const response = await settings(token);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(GENERIC_401);
    }
  });

  it('refuses a token signed with an unknown kid, then accepts it once the identity provider publishes the rotated key', async () => {
    const token = await platformToken(keyB, { org: org.organizationId });
    expect((await settings(token)).status).toBe(401);
    jwks.published = [keyB, keyEc];
    expect((await settings(token)).status).toBe(200);
    // The retired key is gone from the set: its tokens stop working.
    expect((await settings(await platformToken(keyA, { org: org.organizationId }))).status).toBe(401);
  });

  it('refuses algorithm confusion: HS256 signed with the public key, alg none, and a forged signature under a known kid', async () => {
    const claims = { org: org.organizationId, role: 'Admin', aud: AUDIENCE, iss: ISSUER, exp: Math.floor(Date.now() / 1000) + 600 };
    const hmacWithPublicKey = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: keyB.kid }).sign(new TextEncoder().encode(keyB.publicPem));
    const unsigned = `${base64url({ alg: 'none', kid: keyB.kid })}.${base64url(claims)}.`;
    const otherKey = await signingKey(keyB.kid, 'RS256');
    const forged = await platformToken(otherKey, { org: org.organizationId });
    const wrongCurveHeader = `${base64url({ alg: 'ES512', kid: keyEc.kid })}.${base64url(claims)}.c2ln`;
    for (const token of [hmacWithPublicKey, unsigned, forged, wrongCurveHeader]) {
      const response = await settings(token);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(GENERIC_401);
    }
  });

  it('refuses a valid token for an organization that does not exist (401), or that is disabled (403)', async () => {
    expect((await settings(await platformToken(keyB, { org: randomUUID() }))).body).toEqual(GENERIC_401);
    expect((await settings(await platformToken(keyB, { org: 'no-such-platform-org' }))).body).toEqual(GENERIC_401);
    const disabled = await t.createOrg();
    await t.http().post(`/internal/organizations/${disabled.organizationId}/disable`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`).expect(200);
    const response = await settings(await platformToken(keyB, { org: disabled.organizationId }));
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/disabled/);
  });

  it('403 for a valid platform token whose role is not Admin', async () => {
    expect((await settings(await platformToken(keyB, { org: org.organizationId, role: 'User' }))).status).toBe(403);
  });

  it('503, not 401, while the identity provider cannot serve its keys; HS256 tokens keep working', async () => {
    const unreachable = new JwksServer();
    const url = await unreachable.start();
    await unreachable.stop();
    const cut = await startSeparateInstance(t.database, { ADMIN_JWT_JWKS_URL: url, ADMIN_JWT_ISSUER: ISSUER });
    try {
      const response = await cut.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${await platformToken(keyB, { org: org.organizationId })}`);
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ statusCode: 503, message: expect.stringMatching(/signing keys/) });
      expect((await cut.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`)).status).toBe(200);
    } finally {
      await cut.app.close();
    }
  });

  it('still accepts HS256 tokens minted locally with ADMIN_JWT_SECRET', async () => {
    expect((await settings(org.adminToken)).status).toBe(200);
  });
});

describe('admin API tokens signed with ADMIN_JWT_SECRET (HS256), and where bearer tokens are read from', () => {
  let t: TestApp;
  let org: TestOrg;

  const sign = (claims: object, options: jwt.SignOptions = {}) =>
    jwt.sign({ role: 'Admin', sub: 'cli', ...claims }, t.config.ADMIN_JWT_SECRET, { algorithm: 'HS256', audience: AUDIENCE, ...options });

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
  });
  afterAll(() => t.stop());

  it('requires exp and refuses lifetimes beyond ADMIN_JWT_MAX_TTL_SECONDS', async () => {
    const settings = (token: string) => t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${token}`);
    expect((await settings(sign({ org: org.organizationId }, { expiresIn: '1h' }))).status).toBe(200);
    expect((await settings(sign({ org: org.organizationId }))).body).toEqual(GENERIC_401);
    expect((await settings(sign({ org: org.organizationId }, { expiresIn: '2d' }))).body).toEqual(GENERIC_401);
    expect((await settings(sign({ org: org.organizationId }, { expiresIn: -60 }))).body).toEqual(GENERIC_401);
  });

  it('never echoes what the verifier expected (audience, algorithm)', async () => {
    const response = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${sign({ org: org.organizationId }, { audience: 'other', expiresIn: '1h' })}`);
    expect(response.body).toEqual(GENERIC_401);
    expect(JSON.stringify(response.body)).not.toContain(AUDIENCE);
  });

  it('a correctly signed token for an organization that does not exist is refused and writes nothing', async () => {
    const ghost = randomUUID();
    const token = sign({ org: ghost }, { expiresIn: '1h' });
    for (const request of [
      t.http().post('/api/v1/teams').set('Authorization', `Bearer ${token}`).send({ name: 'Ghost team' }),
      t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${token}`).send({ groupProvisioningEnabled: true }),
      t.http().post('/api/v1/scim/token').set('Authorization', `Bearer ${token}`),
      t.http().post('/api/v1/users').set('Authorization', `Bearer ${token}`).send({ email: uniqueEmail() }),
    ]) {
      const response = await request;
      expect(response.status).toBe(401);
      expect(response.body).toEqual(GENERIC_401);
    }
    await t.drain();
    const rows = await organizationRowCounts(t, ghost);
    expect(Object.keys(rows).length).toBeGreaterThan(5);
    expect(Object.values(rows).every((n) => n === 0)).toBe(true);
  });

  it('SCIM: a valid token in the query string or the body is not a credential', async () => {
    expect((await t.http().get(`${SCIM}/Users?access_token=${encodeURIComponent(org.scimToken)}`)).status).toBe(401);
    const body = await t.http().post(`${SCIM}/Users`).set('Content-Type', 'application/scim+json').send(JSON.stringify({ access_token: org.scimToken, userName: uniqueEmail() }));
    expect(body.status).toBe(401);
    expect((await t.http().get(`${SCIM}/Users`).set('Authorization', `Bearer ${org.scimToken}`)).status).toBe(200);
  });

  it('admin API: a valid JWT in the query string or the body is not a credential', async () => {
    expect((await t.http().get(`/api/v1/scim/settings?access_token=${org.adminToken}`)).status).toBe(401);
    const body = await t.http().patch('/api/v1/scim/settings').send({ access_token: org.adminToken, groupProvisioningEnabled: true });
    expect(body.status).toBe(401);
    expect((await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`)).status).toBe(200);
  });
});
