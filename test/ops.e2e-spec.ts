import { expectScimError, ScimClient, TestApp } from '@app/testing';

describe('operations endpoints', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('liveness and readiness (database reachable, migrations applied, outbox lag reported)', async () => {
    expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, migrations: { status: 'up' }, outbox: { status: 'up', lagSeconds: expect.any(Number), pending: expect.any(Number) } },
    });
  });

  it('Prometheus metrics: latency per route, SCIM errors by type, outbox lag', async () => {
    const org = await t.createOrg();
    const scim = ScimClient.of(t, org);
    await scim.get('/Users');
    expectScimError(await scim.get('/Users?filter=bogus'), 400, 'invalidFilter');
    const metrics = await t.http().get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/scim\/v2\/Users",status="200"\} 1/);
    expect(metrics.text).toMatch(/scim_errors_total\{status="400",scim_type="invalidFilter"\} 1/);
    expect(metrics.text).toMatch(/outbox_lag_seconds \d/);
  });
});

describe('CORS for the dashboard origin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ CORS_ORIGINS: 'https://dashboard.example.com' });
  });
  afterAll(() => t.stop());

  it('answers preflights for the configured origin only', async () => {
    const allowed = await t.http().options('/api/v1/users').set('Origin', 'https://dashboard.example.com').set('Access-Control-Request-Method', 'GET');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.example.com');
    const other = await t.http().options('/api/v1/users').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
