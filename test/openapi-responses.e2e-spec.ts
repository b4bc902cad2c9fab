import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { GROUP_SCHEMA, JsonBody, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

type Json = JsonBody;
const document: Json = JSON.parse(readFileSync(path.join(__dirname, '..', 'openapi.json'), 'utf8'));

/** OpenAPI 3.0's `nullable` is not JSON Schema: turn it into `anyOf [..., null]` for Ajv. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, example, ...rest } = node as Json;
  void example;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]));
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}

const components = toJsonSchema(document.components);
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

function expectDocumented(method: string, route: string, status: number, body: unknown): void {
  const operation = document.paths[route]?.[method];
  expect({ route, method, documented: Boolean(operation) }).toEqual({ route, method, documented: true });
  const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
  expect({ route, status, hasSchema: Boolean(schema) }).toEqual({ route, status, hasSchema: true });
  const validate = ajv.compile({ ...(toJsonSchema(schema) as Json), components });
  const valid = validate(body);
  expect({ route, errors: valid ? null : validate.errors }).toEqual({ route, errors: null });
}

describe('live admin API responses match the committed OpenAPI document', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    const scim = ScimClient.of(t, org);
    await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    const user = await scim.createUser(uniqueEmail('doc'));
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Documented', members: [{ value: user.id }] });
    await t.drain();
  });
  afterAll(() => t.stop());

  const get = (path: string) => t.http().get(path).set('Authorization', `Bearer ${org.adminToken}`);

  it.each([
    ['/api/v1/scim/settings', '/api/v1/scim/settings'],
    ['/api/v1/scim/activity', '/api/v1/scim/activity'],
    ['/api/v1/users', '/api/v1/users'],
    ['/api/v1/teams', '/api/v1/teams'],
    ['/api/v1/concurrency-groups', '/api/v1/concurrency-groups'],
    ['/api/v1/scim/groups', '/api/v1/scim/groups'],
  ])('GET %s', async (route, url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expectDocumented('get', route, 200, response.body);
  });

  it('GET /api/v1/users/{id} and /api/v1/scim/groups/{id}', async () => {
    const [user] = (await get('/api/v1/users')).body.items;
    expectDocumented('get', '/api/v1/users/{id}', 200, (await get(`/api/v1/users/${user.id}`)).body);
    const [group] = (await get('/api/v1/scim/groups')).body.items;
    expectDocumented('get', '/api/v1/scim/groups/{id}', 200, (await get(`/api/v1/scim/groups/${group.id}`)).body);
  });

  it('the check is real: a body missing documented fields fails it', () => {
    expect(() => expectDocumented('get', '/api/v1/scim/settings', 200, { organizationId: 'x' })).toThrow();
  });

  it('an error body matches the documented error schema', async () => {
    const response = await t.http().get('/api/v1/teams').set('Authorization', 'Bearer nope');
    expect(response.status).toBe(401);
    expectDocumented('get', '/api/v1/teams', 401, response.body);
  });
});
