import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLATFORM_SERVICE_TOKEN, TestApp } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

type Json = Record<string, unknown>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
}

interface OpenApiDocument {
  paths: Record<string, Partial<Record<string, Operation>>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { properties: Record<string, unknown> }> };
}

const document: OpenApiDocument = JSON.parse(readFileSync(path.join(__dirname, '..', 'openapi.json'), 'utf8'));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const operations = Object.entries(document.paths).flatMap(([route, item]) =>
  METHODS.flatMap((method) => {
    const operation = item[method];
    return operation ? [{ route, method, operation }] : [];
  }),
);

/** The contract the dashboard team codes against: every status an operation answers is in the document. */
describe('admin API contract', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ CORS_ORIGINS: 'https://dashboard.example.com' });
  });
  afterAll(() => t.stop());

  function documented(method: string, route: string, status: number): { route: string; method: string; status: number; documented: boolean } {
    return { route, method, status, documented: Boolean(document.paths[route]?.[method]?.responses?.[String(status)]) };
  }

  it('every operation documents each status it answers to missing, foreign, malformed and refused input', async () => {
    const w = await MappingWorld.create(t);
    const guest = t.adminToken(w.org.organizationId, 'Guest');
    const seen: ReturnType<typeof documented>[] = [];
    for (const { route, method } of operations) {
      if (route.startsWith('/health')) continue;
      const platform = route.startsWith('/internal');
      for (const id of [UNKNOWN, 'not-a-uuid']) {
        const url = route.replace(/\{[^}]+\}/g, id);
        const tokens = platform ? ['wrong-platform-token-0123456789abcdef', PLATFORM_SERVICE_TOKEN] : [undefined, guest, w.org.adminToken];
        for (const token of tokens) {
          let request = t.http()[method](url);
          if (token) request = request.set('Authorization', `Bearer ${token}`);
          if (method !== 'get' && method !== 'delete') request = request.send({ bogus: true });
          const response = await request;
          expect({ route, method, status: response.status, server: response.status >= 500 }).toEqual({ route, method, status: response.status, server: false });
          seen.push(documented(method, route, response.status));
        }
      }
    }
    expect(seen.filter((s) => !s.documented)).toEqual([]);
    // The crawl saw the refusals it should: 401, 403, 400 and 404 at least.
    expect([...new Set(seen.map((s) => s.status))].sort()).toEqual(expect.arrayContaining([400, 401, 403, 404]));
  });

  it('documents the conflicts the mapping actions answer, and answers them', async () => {
    const w = await MappingWorld.create(t);
    const [one, two] = [await w.createGroup('One'), await w.createGroup('Two')];
    const team = await w.createEntity('team', 'Taken');
    const mapping = (await w.admin('post', `/api/v1/scim/groups/${one}/mappings`, { targetType: 'team', entityId: team }).expect(201)).body;
    const cases: [string, string, Promise<{ status: number }>][] = [
      ['post', '/api/v1/scim/groups/{groupId}/mappings', w.admin('post', `/api/v1/scim/groups/${two}/mappings`, { targetType: 'team', entityId: team })],
      ['post', '/api/v1/scim/mappings/{id}/approve', w.admin('post', `/api/v1/scim/mappings/${mapping.id}/approve`, {})],
      ['post', '/api/v1/teams', w.admin('post', '/api/v1/teams', { name: 'taken' })],
    ];
    const pending = (await w.admin('post', `/api/v1/scim/groups/${two}/mappings`, { targetType: 'team' }).expect(201)).body;
    cases.push(['post', '/api/v1/scim/mappings/{id}/retarget', w.admin('post', `/api/v1/scim/mappings/${pending.id}/retarget`, { entityId: team })]);
    for (const [method, route, call] of cases) {
      const { status } = await call;
      expect({ route, status }).toEqual({ route, status: 409 });
      expect(documented(method, route, 409).documented).toBe(true);
    }
    for (const [method, route] of [
      ['post', '/api/v1/scim/mappings/{id}/reject'],
      ['get', '/api/v1/scim/mapping-rules/{id}'],
      ['patch', '/api/v1/scim/mapping-rules/{id}'],
      ['delete', '/api/v1/scim/mapping-rules/{id}'],
    ]) {
      expect(documented(method, route, 404).documented).toBe(true);
    }
  });

  it('defines every security scheme it uses, and the rule PATCH body', () => {
    const schemes = Object.keys(document.components.securitySchemes).sort();
    const used = new Set(operations.flatMap(({ operation }) => (operation.security ?? []).flatMap((s) => Object.keys(s))));
    expect(schemes).toEqual(expect.arrayContaining([...used]));
    expect(schemes).toContain('platform');
    const body = document.paths['/api/v1/scim/mapping-rules/{id}'].patch?.requestBody?.content['application/json'].schema;
    const schema = document.components.schemas[String(body?.$ref.split('/').pop())];
    expect(Object.keys(schema.properties).sort()).toEqual(['autoApprove', 'enabled', 'name', 'pattern', 'priority', 'targetType', 'type']);
  });

  it("a group's mappings: 404 for an unknown or another organization's group, paged, with names", async () => {
    const w = await MappingWorld.create(t);
    const other = await MappingWorld.create(t);
    const foreign = await other.createGroup('Theirs');
    for (const id of [UNKNOWN, foreign]) {
      const response = await w.admin('get', `/api/v1/scim/groups/${id}/mappings`).expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    }
    const groupId = await w.createGroup('Ours');
    const team = await w.createEntity('team', 'Our team');
    const cg = await w.createEntity('concurrency_group', 'Our lane');
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team', entityId: team }).expect(201);
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'concurrency_group', entityId: cg }).expect(201);
    const page = (await w.admin('get', `/api/v1/scim/groups/${groupId}/mappings?pageSize=1&page=2`).expect(200)).body;
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 2, items: [expect.objectContaining({ groupName: 'Ours', targetName: 'Our lane' })] });
    const detail = (await w.admin('get', `/api/v1/scim/groups/${groupId}`).expect(200)).body;
    expect(detail.mappings.map((m: Json) => m.targetName).sort()).toEqual(['Our lane', 'Our team']);
    const all = (await w.admin('get', '/api/v1/scim/mappings').expect(200)).body.items;
    expect(all.map((m: Json) => [m.groupName, m.targetName]).sort()).toEqual([['Ours', 'Our lane'], ['Ours', 'Our team']]);
    // A deleted group's mappings stay readable (all Rejected): what the group used to give.
    await w.deleteGroup(groupId);
    const history = (await w.admin('get', `/api/v1/scim/groups/${groupId}/mappings`).expect(200)).body.items;
    expect(history.map((m: Json) => m.status)).toEqual(['rejected', 'rejected']);
  });

  it('conflicts carry group and target names on both sides', async () => {
    const w = await MappingWorld.create(t);
    const [user] = await w.users(1);
    const map = async (name: string, members: string[]) => {
      const groupId = await w.createGroup(name, members);
      const entityId = await w.createEntity('concurrency_group', `${name} lane`);
      await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'concurrency_group', entityId }).expect(201);
      await t.drain();
    };
    await map('Red', [user]);
    await map('Blue', [user]);
    const [conflict] = (await w.admin('get', '/api/v1/scim/conflicts').expect(200)).body.items;
    expect(conflict.current).toMatchObject({ groupName: 'Red', entityName: 'Red lane' });
    expect(conflict.incoming).toMatchObject({ groupName: 'Blue', entityName: 'Blue lane' });
    const resolved = (await w.admin('post', `/api/v1/scim/conflicts/${conflict.id}/resolve`, { resolution: 'keep_current' }).expect(200)).body;
    expect(resolved.incoming).toMatchObject({ groupName: 'Blue', entityName: 'Blue lane' });
  });

  it('the rule list is paged; reorder keeps the admin\'s priority values', async () => {
    const w = await MappingWorld.create(t);
    const a = await w.createRule({ name: 'a', type: 'prefix', pattern: 'a', targetType: 'team', priority: 100 });
    const b = await w.createRule({ name: 'b', type: 'prefix', pattern: 'b', targetType: 'team', priority: 50 });
    const c = await w.createRule({ name: 'c', type: 'prefix', pattern: 'c', targetType: 'team', priority: 10 });
    const page = (await w.admin('get', '/api/v1/scim/mapping-rules?pageSize=2').expect(200)).body;
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page.items.map((r: Json) => r.id)).toEqual([a.id, b.id]);
    const reordered = (await w.admin('post', '/api/v1/scim/mapping-rules/reorder', { ids: [c.id, a.id, b.id] }).expect(200)).body;
    expect(reordered.map((r: Json) => [r.name, r.priority])).toEqual([['c', 100], ['a', 50], ['b', 10]]);
  });

  it('404 bodies carry code not_found everywhere', async () => {
    const w = await MappingWorld.create(t);
    for (const url of [`/api/v1/scim/mapping-rules/${UNKNOWN}`, `/api/v1/teams/${UNKNOWN}`, `/api/v1/users/${UNKNOWN}`, `/api/v1/scim/groups/${UNKNOWN}`, '/api/v1/nothing-here', `/api/v1/scim/mappings/${UNKNOWN}/reject`]) {
      const response = await w.admin(url.endsWith('/reject') ? 'post' : 'get', url);
      expect({ url, status: response.status, code: response.body.code }).toEqual({ url, status: 404, code: 'not_found' });
    }
  });

  it('CORS lets the dashboard read x-request-id, ETag and Location', async () => {
    const response = await t.http().get('/health/live').set('Origin', 'https://dashboard.example.com');
    const exposed = String(response.headers['access-control-expose-headers']).toLowerCase().split(/\s*,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'etag', 'location']));
  });
});
