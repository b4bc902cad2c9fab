import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import request, { Response } from 'supertest';
import { ERROR_SCHEMA, GROUP_SCHEMA, LT_GROUP, LT_USER, PATCH_OP, SCIM, ScimClient, seedUsers, TestApp, TestOrg, USER_SCHEMA } from '@app/testing';

/**
 * Property: whatever a client sends (bodies, filters, paths, query parameters, headers), the answer
 * is never a 5xx, never takes more than 2 s, and every 4xx carries the error shape of its API.
 * Requests run in small concurrent batches through supertest against one application.
 */

const SEED = 20261201;
const BATCHES = Number(process.env.FUZZ_BATCHES ?? 1000);
const BATCH_SIZE = Number(process.env.FUZZ_BATCH_SIZE ?? 10);
const MAX_REQUEST_MS = 2000;

interface FuzzRequest {
  api: 'scim' | 'admin';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** A value sent as JSON, or raw text sent as is. */
  body?: { json: unknown } | { raw: string };
  headers?: Record<string, string>;
  auth?: 'valid' | 'none' | 'wrong';
}

interface Fixtures {
  userIds: string[];
  groupId: string;
}

// ---- strings: the nasty classes first ----
const nastyString = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', '😀', '中文', '"', '\\', '%', '_', "'; drop table x; --", '${x}', ' ', ''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 0, max: 2 }).map((i) => ['a', '中', '😀'][i].repeat([300, 1100, 3000][i])),
);
const text = fc.oneof(
  { weight: 30, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 20, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constant('é'.repeat(70_000)) },
);
const emailLike = fc.oneof(
  fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}$/), fc.integer({ min: 0, max: 1e9 })).map(([local, n]) => `${local}${n}@fuzz.test`),
  text,
);
const hugeNumber = fc.oneof(
  fc.constantFrom('9223372036854775807', '99999999999999999999', '-1', '0', '1e30', 'NaN', '1.5', '', ' 7 ', '0x10', '-9223372036854775809'),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);
const dateLike = fc.oneof(
  fc.constantFrom('2020-02-30', '1', 'May 2020', '2015-10-10T14:38:21.8617979-07:00', '0000-01-01', '9999-12-31T23:59:59Z', '2020-01-01T25:00:00Z', '-271821-04-20', '+275760-09-13'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  text,
);
/** Percent-encodes like encodeURIComponent, but a lone surrogate (which a URL cannot carry) becomes U+FFFD instead of throwing. */
const encode = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
/**
 * Node's HTTP parser answers request headers over 16 KB in all itself (431) before any route runs; query
 * strings stay below that. A cut may split a %-escape, which is one more malformed URL to answer.
 */
const toQueryString = (query: Record<string, string>) => Object.entries(query).map(([key, value]) => `${key}=${encode(value)}`).join('&').slice(0, 4000);
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const jsonValue = fc.jsonValue({ maxDepth: 3 });

// ---- ids and paths ----
const idFrom = (fixtures: Fixtures) =>
  fc.oneof(
    fc.constantFrom(...fixtures.userIds, fixtures.groupId),
    fc.constantFrom(...fixtures.userIds, fixtures.groupId).map((id) => id.toUpperCase()),
    fc.uuid(),
    fc.constantFrom('not-a-uuid', '%00', '..', '%2F', 'x'.repeat(300), '%ED%A0%80', '%F0%9F%98'),
    fc.string({ maxLength: 20 }).map(encode),
  );

// ---- SCIM filters ----
const filterAttribute = fc.constantFrom(
  'userName', 'displayName', 'externalId', 'id', 'active', 'emails', 'emails.value', 'email', 'name.givenName', 'meta.created', 'meta.lastModified',
  'members', 'members.value', 'title', `${LT_USER}:OrganizationRole`, 'unknownAttr', 'urn:x:y', 'emails.type',
);
const filterOperator = fc.constantFrom('eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le', 'pr', 'Eq', 'like', '');
const filterValue = fc.oneof(
  text.map((value) => JSON.stringify(value)),
  dateLike.map((value) => JSON.stringify(value)),
  dateLike,
  fc.constantFrom('true', 'False', 'null', '42', '1e400', '"\\u0000"', '"\\ud800"', 'O', '"unterminated', '"a\\qb"'),
);
const comparison = fc.tuple(filterAttribute, filterOperator, filterValue).map(([a, op, v]) => (op === 'pr' ? `${a} pr` : `${a} ${op} ${v}`));
const filter: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.tuple(tie('node'), fc.constantFrom('and', 'or', 'AND'), tie('node')).map(([l, k, r]) => `${l} ${k} ${r}`),
    tie('node').map((n) => `not (${n})`),
    tie('node').map((n) => `(${n})`),
    fc.tuple(fc.constantFrom('emails', 'members', 'addresses'), comparison).map(([a, c]) => `${a}[${c}]`),
  ),
})).node;
const anyFilter = fc.oneof(
  { weight: 6, arbitrary: filter },
  { weight: 1, arbitrary: fc.integer({ min: 40, max: 400 }).map((n) => `${'('.repeat(n)}userName eq "x"${')'.repeat(n)}`) },
  { weight: 1, arbitrary: text },
);

const listQuery = fc
  .record(
    {
      filter: anyFilter,
      startIndex: hugeNumber,
      count: hugeNumber,
      sortBy: fc.oneof(filterAttribute, text),
      sortOrder: fc.constantFrom('ascending', 'descending', 'sideways', ''),
      attributes: fc.oneof(filterAttribute, text),
      excludedAttributes: fc.constantFrom('members', 'emails', 'x'),
    },
    { requiredKeys: [] },
  )
  .map(toQueryString);

// ---- SCIM bodies ----
const multiValued = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.array(value, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 95, max: 110 }).chain((n) => fc.array(value, { minLength: n, maxLength: n })) },
    { weight: 3, arbitrary: value },
  );
const emailValue = fc.record({ value: emailLike, type: fc.constantFrom('work', 'home', 'other', 'WORK', 'weird'), primary: fc.constantFrom(true, false, 'True', 'x') }, { requiredKeys: ['value'] });
const userBody = fc.record(
  {
    schemas: fc.constantFrom([USER_SCHEMA], [USER_SCHEMA, LT_USER], 'nope', []),
    userName: emailLike,
    displayName: text,
    externalId: text,
    active: fc.constantFrom(true, false, 'True', 'false', 'yes', null, 1),
    name: fc.oneof(fc.record({ givenName: text, familyName: text, formatted: text }, { requiredKeys: [] }), text),
    emails: multiValued(emailValue),
    phoneNumbers: multiValued(fc.record({ value: text, type: fc.constantFrom('work', 'mobile') })),
    title: text,
    [LT_USER]: fc.record({ OrganizationRole: fc.constantFrom('Admin', 'user', 'Boss', ''), LambdatestGroup: text }, { requiredKeys: [] }),
    extra: jsonValue,
    meta: fc.record({ created: dateLike }),
  },
  { requiredKeys: [] },
);
const memberList = (fixtures: Fixtures) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.record({ value: idFrom(fixtures), display: text }, { requiredKeys: ['value'] }), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(jsonValue, fc.record({ value: jsonValue })), { maxLength: 5 }) },
  );
const groupBody = (fixtures: Fixtures) =>
  fc.record(
    {
      schemas: fc.constantFrom([GROUP_SCHEMA], [GROUP_SCHEMA, LT_GROUP], 7),
      displayName: text,
      externalId: text,
      members: memberList(fixtures),
      [LT_GROUP]: fc.record({ LambdatestRoles: multiValued(fc.constantFrom('Admin', 'User', 'Guest', 'Nope')) }),
      extra: jsonValue,
    },
    { requiredKeys: [] },
  );

const patchPath = fc.oneof(
  fc.constantFrom(
    'displayName', 'emails', 'emails[type eq "work"].value', 'emails[value co "a"]', 'name.givenName', 'name', 'active', 'members', 'members[value eq "x"]',
    'members[display co "a"]', 'externalId', `${LT_USER}:OrganizationRole`, LT_USER, 'id', 'meta.created', 'groups', 'phoneNumbers[type eq "mobile"]',
    'emails[type eq "\\u0000"]', 'emails[', 'a.b.c', 'urn:unknown:x',
  ),
  text,
);
const patchOperation = (fixtures: Fixtures) =>
  fc.record(
    {
      op: fc.constantFrom('add', 'remove', 'replace', 'Replace', 'ADD', 'move', 7),
      path: patchPath,
      value: fc.oneof(text, jsonValue, memberList(fixtures), fc.array(emailValue, { maxLength: 3 }), userBody, fc.constantFrom(null, 'False', true)),
    },
    { requiredKeys: ['op'] },
  );
const patchBody = (fixtures: Fixtures) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.array(patchOperation(fixtures), { minLength: 1, maxLength: 6 }).map((Operations) => ({ schemas: [PATCH_OP], Operations })) },
    // Many operations at once, up to past the limit: the engine must stay linear and the cap must hold.
    { weight: 1, arbitrary: fc.integer({ min: 900, max: 1050 }).map((n) => ({ Operations: Array.from({ length: n }, (_, i) => ({ op: 'add', path: i % 2 ? 'emails' : 'members', value: [{ value: `e${i % 150}@fuzz.test` }] })) })) },
    { weight: 1, arbitrary: fc.oneof(jsonValue, fc.record({ schemas: fc.constant(['urn:wrong']), Operations: jsonValue })) },
  );

const rawBody = fc.oneof(
  fc.constantFrom('{"userName": ', '[1,2]', 'null', '"x"', '{}', '{"a":1}}', '\u0000', '{"userName":"\\ud800@x.test"}', '{"userName":"a\\u0000@x.test"}'),
  fc.integer({ min: 60, max: 2000 }).map(deepJson),
  fc.constant(deepJson(20_000)),
  fc.string({ maxLength: 50 }),
);
const body = (json: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 9, arbitrary: json.map((value) => ({ json: value })) }, { weight: 1, arbitrary: rawBody.map((raw) => ({ raw })) });

const headers = fc.record(
  {
    'x-request-id': fc.oneof(fc.constantFrom('abc-123', 'x'.repeat(10_000), 'has space', ''), fc.string({ maxLength: 200 }).filter((s) => /^[\x20-\x7e]*$/.test(s))),
    'if-match': fc.constantFrom('W/"1"', '"2"', '*', 'W/"99999999999999999999"', 'garbage'),
    'content-type': fc.constantFrom('application/scim+json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded'),
  },
  { requiredKeys: [] },
);
const auth = fc.oneof({ weight: 30, arbitrary: fc.constant<'valid'>('valid') }, { weight: 1, arbitrary: fc.constantFrom<'none' | 'wrong'>('none', 'wrong') });

const scimRequest = (fixtures: Fixtures): fc.Arbitrary<FuzzRequest> => {
  const id = idFrom(fixtures);
  const resource = fc.constantFrom('Users', 'Groups', 'users', 'GROUPS');
  const scim = (method: FuzzRequest['method'], path: fc.Arbitrary<string>, json?: fc.Arbitrary<unknown>) =>
    fc.record({ path, body: json ? body(json) : fc.constant(undefined), headers, auth }).map(({ path: p, body: b, headers: h, auth: a }) => ({ api: 'scim' as const, method, path: `${SCIM}/${p}`, body: b, headers: h, auth: a }));
  return fc.oneof(
    scim('GET', fc.tuple(resource, listQuery).map(([r, q]) => `${r}?${q}`)),
    scim('GET', fc.tuple(resource, id, fc.option(listQuery)).map(([r, i, q]) => `${r}/${i}${q ? `?${q}` : ''}`)),
    scim('POST', fc.constant('Users'), userBody),
    scim('PUT', id.map((i) => `Users/${i}`), userBody),
    scim('PATCH', id.map((i) => `Users/${i}`), patchBody(fixtures)),
    scim('POST', fc.constant('Groups'), groupBody(fixtures)),
    scim('PUT', id.map((i) => `Groups/${i}`), groupBody(fixtures)),
    scim('PATCH', fc.oneof(fc.constant(`Groups/${fixtures.groupId}`), id.map((i) => `Groups/${i}`)), patchBody(fixtures)),
    scim('DELETE', fc.tuple(fc.constantFrom('Users', 'Groups'), fc.oneof(fc.uuid(), fc.constantFrom('x', '%00'))).map(([r, i]) => `${r}/${i}`)),
    scim('GET', fc.constantFrom('ServiceProviderConfig', 'Schemas', 'ResourceTypes', 'ResourceTypes/User', 'Schemas/urn:x', 'Nope', 'Users/.search')),
    scim('POST', fc.constantFrom('ServiceProviderConfig', 'Bulk', 'Users/.search'), jsonValue),
  );
};

const adminRequest = (fixtures: Fixtures): fc.Arbitrary<FuzzRequest> => {
  const id = idFrom(fixtures);
  const paging = fc
    .record({ page: hugeNumber, pageSize: hugeNumber, search: text, status: text, from: dateLike, to: dateLike, active: fc.constantFrom('true', 'x'), role: text }, { requiredKeys: [] })
    .map(toQueryString);
  const admin = (method: FuzzRequest['method'], path: fc.Arbitrary<string>, json?: fc.Arbitrary<unknown>) =>
    fc.record({ path, body: json ? body(json) : fc.constant(undefined), auth }).map(({ path: p, body: b, auth: a }) => ({ api: 'admin' as const, method, path: `/api/v1/${p}`, body: b, auth: a }));
  const list = fc.constantFrom('users', 'scim/groups', 'scim/mappings', 'scim/mapping-rules', 'scim/conflicts', 'scim/activity', 'teams', 'concurrency-groups', 'sub-organizations');
  return fc.oneof(
    admin('GET', fc.tuple(list, paging).map(([l, q]) => `${l}?${q}`)),
    admin('GET', fc.tuple(fc.constantFrom('users', 'scim/groups', 'teams', 'scim/mapping-rules'), id).map(([l, i]) => `${l}/${i}`)),
    admin('POST', fc.constant('users'), fc.record({ email: emailLike, givenName: text, familyName: fc.oneof(text, jsonValue) }, { requiredKeys: [] })),
    admin('POST', fc.constantFrom('teams', 'concurrency-groups', 'sub-organizations'), fc.record({ name: fc.oneof(text, jsonValue), description: text }, { requiredKeys: [] })),
    admin('POST', fc.constant('scim/mapping-rules'), fc.record({ name: text, type: fc.constantFrom('prefix', 'regex', 'match_all', 'x'), pattern: fc.oneof(text, fc.constantFrom('(a+)+$', '[', '\\')), targetType: fc.constantFrom('team', 'x'), autoApprove: fc.constantFrom(true, 'yes'), priority: fc.oneof(fc.integer(), hugeNumber) }, { requiredKeys: [] })),
    admin('PATCH', fc.constant('scim/settings'), fc.record({ groupProvisioningEnabled: fc.constantFrom(true, 'true', 1) }, { requiredKeys: [] })),
    admin('PATCH', id.map((i) => `users/${i}/role`), fc.record({ role: fc.oneof(text, fc.constantFrom('Admin', 'Guest')) }, { requiredKeys: [] })),
    admin('POST', id.map((i) => `scim/mappings/${i}/approve`), jsonValue),
  );
};

function expectNoServerError(request: FuzzRequest, response: Response, elapsedMs: number): void {
  const where = `${request.method} ${request.path.slice(0, 200)}`;
  expect({ where, status: response.status < 500 ? 'below 500' : response.status, body: response.status < 500 ? undefined : response.body }).toEqual({ where, status: 'below 500', body: undefined });
  expect({ where, slow: elapsedMs > MAX_REQUEST_MS ? elapsedMs : false }).toEqual({ where, slow: false });
  if (response.status < 400) return;
  if (request.api === 'scim') {
    expect({ where, body: response.body }).toMatchObject({ where, body: { schemas: [ERROR_SCHEMA], status: String(response.status), detail: expect.any(String) } });
  } else {
    expect({ where, body: response.body }).toMatchObject({ where, body: { statusCode: response.status, error: expect.any(String), message: expect.any(String) } });
  }
}

describe('Fuzzing SCIM and admin requests: no 5xx, no slow request, the right error shape', () => {
  let t: TestApp;
  let org: TestOrg;
  let fixtures: Fixtures;
  let sent = 0;
  let baseUrl: string;
  // One listening socket and kept-alive connections: supertest would otherwise bind a new port per request.
  const agent = new Agent({ keepAlive: true, maxSockets: BATCH_SIZE });

  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    org = await t.createOrg('Fuzz');
    await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    const userIds = await seedUsers(t, org.organizationId, 5, 'fuzz');
    const group = await ScimClient.of(t, org).post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Fuzz group', members: [{ value: userIds[0] }] });
    fixtures = { userIds, groupId: group.body.id };
  });
  afterAll(async () => {
    agent.destroy();
    await t.stop();
  });

  async function send(fuzzRequest: FuzzRequest): Promise<void> {
    const token = fuzzRequest.api === 'scim' ? org.scimToken : org.adminToken;
    let call = request(baseUrl)[fuzzRequest.method.toLowerCase() as 'get'](fuzzRequest.path).agent(agent);
    if (fuzzRequest.auth === 'valid') call = call.set('Authorization', `Bearer ${token}`);
    if (fuzzRequest.auth === 'wrong') call = call.set('Authorization', `Bearer ${token.slice(0, -2)}zz`);
    const headers = { 'content-type': fuzzRequest.api === 'scim' ? 'application/scim+json' : 'application/json', ...fuzzRequest.headers };
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    if (fuzzRequest.body) call = call.send('json' in fuzzRequest.body ? JSON.stringify(fuzzRequest.body.json) : fuzzRequest.body.raw);
    const started = performance.now();
    const response = await call;
    sent++;
    expectNoServerError(fuzzRequest, response, performance.now() - started);
  }

  it(`${BATCHES * BATCH_SIZE} generated requests`, async () => {
    const anyRequest = fc.oneof({ weight: 3, arbitrary: scimRequest(fixtures) }, { weight: 1, arbitrary: adminRequest(fixtures) });
    await fc.assert(
      fc.asyncProperty(fc.array(anyRequest, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), async (batch) => {
        await Promise.all(batch.map(send));
      }),
      {
        seed: SEED,
        numRuns: BATCHES,
        endOnFailure: true,
        // The failing batch can hold megabytes of generated text: report the request and the assertion only.
        reporter: (details) => {
          if (details.failed) throw new Error(`Fuzzing failed (seed ${details.seed}, path "${details.counterexamplePath}"): ${String(details.errorInstance).slice(0, 3000)}`);
        },
      },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
  }, 300_000);
});
