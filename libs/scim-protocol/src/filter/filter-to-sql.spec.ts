import { ScimError } from '../errors/scim-error';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types';
import { parseFilter } from './filter-parser';
import { AttributeMap, filterToSql } from './filter-to-sql';

const ROLE = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole';

const userMap: AttributeMap = {
  resourceType: USER_RESOURCE_TYPE,
  attributes: {
    id: { kind: 'scalar', sql: 'u.id', type: 'string', caseExact: true },
    externalId: { kind: 'scalar', sql: 'u.external_id', type: 'string', caseExact: true },
    userName: { kind: 'scalar', sql: 'u.user_name', type: 'string', caseExact: false },
    displayName: { kind: 'scalar', sql: 'u.display_name', type: 'string', caseExact: false },
    'name.givenName': { kind: 'scalar', sql: 'u.given_name', type: 'string', caseExact: false },
    active: { kind: 'scalar', sql: 'u.active', type: 'boolean', caseExact: false },
    'meta.lastModified': { kind: 'scalar', sql: 'u.updated_at', type: 'dateTime', caseExact: false },
    [ROLE]: { kind: 'scalar', sql: 'u.organization_role', type: 'string', caseExact: true },
    emails: {
      kind: 'multi',
      exists: (condition) => `EXISTS (SELECT 1 FROM user_emails e WHERE e.user_id = u.id AND ${condition})`,
      subAttributes: {
        value: { sql: 'e.value', type: 'string', caseExact: false },
        type: { sql: 'e.type', type: 'string', caseExact: false },
        primary: { sql: 'e.primary', type: 'boolean', caseExact: false },
      },
      defaultSub: 'value',
    },
  },
};

const groupMap: AttributeMap = {
  resourceType: GROUP_RESOURCE_TYPE,
  attributes: {
    displayName: { kind: 'scalar', sql: 'g.display_name', type: 'string', caseExact: false },
    members: {
      kind: 'multi',
      exists: (condition) => `EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND ${condition})`,
      subAttributes: { value: { sql: 'm.user_id::text', type: 'string', caseExact: true } },
      defaultSub: 'value',
    },
  },
};

const sql = (filter: string, map: AttributeMap = userMap) => filterToSql(parseFilter(filter), map);

function expectInvalidFilter(filter: string, detail: RegExp, map: AttributeMap = userMap): void {
  let caught: unknown;
  try {
    sql(filter, map);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ScimError);
  expect((caught as ScimError).scimType).toBe('invalidFilter');
  expect((caught as ScimError).detail).toMatch(detail);
}

const countPlaceholders = (text: string) => (text.match(/\?/g) ?? []).length;

describe('filterToSql', () => {
  it('compares case-insensitive strings through lower() with a lowered parameter', () => {
    expect(sql('userName eq "Jane@Acme.com"')).toEqual({ sql: 'lower(u.user_name) = ?', params: ['jane@acme.com'] });
    expect(sql('USERNAME Eq "Jane@Acme.com"')).toEqual({ sql: 'lower(u.user_name) = ?', params: ['jane@acme.com'] });
  });

  it('compares caseExact strings as they are', () => {
    expect(sql('externalId eq "AbC"')).toEqual({ sql: 'u.external_id = ?', params: ['AbC'] });
    expect(sql(`${ROLE} eq "Admin"`)).toEqual({ sql: 'u.organization_role = ?', params: ['Admin'] });
  });

  it('uses IS DISTINCT FROM for ne so that NULL columns match', () => {
    expect(sql('displayName ne "X"')).toEqual({ sql: 'lower(u.display_name) IS DISTINCT FROM ?', params: ['x'] });
    expect(sql('active ne true')).toEqual({ sql: 'u.active IS DISTINCT FROM ?', params: [true] });
  });

  it('translates co, sw and ew to LIKE with escaped wildcards', () => {
    expect(sql('userName co "50%_off\\\\x"')).toEqual({
      sql: "lower(u.user_name) LIKE ? ESCAPE '\\'",
      params: ['%50\\%\\_off\\\\x%'],
    });
    expect(sql('userName sw "Ja"')).toEqual({ sql: "lower(u.user_name) LIKE ? ESCAPE '\\'", params: ['ja%'] });
    expect(sql('externalId ew "Z"')).toEqual({ sql: "u.external_id LIKE ? ESCAPE '\\'", params: ['%Z'] });
  });

  it('orders strings, numbers and dateTimes', () => {
    expect(sql('userName gt "m"')).toEqual({ sql: 'lower(u.user_name) > ?', params: ['m'] });
    expect(sql('meta.lastModified ge "2024-01-01T00:00:00Z"')).toEqual({
      sql: 'u.updated_at >= CAST(? AS timestamptz)',
      params: ['2024-01-01T00:00:00Z'],
    });
    expect(sql('meta.lastModified lt "2024-01-01T00:00:00Z"').sql).toBe('u.updated_at < CAST(? AS timestamptz)');
    expect(sql('meta.lastModified le "2024-01-01T00:00:00Z"').sql).toBe('u.updated_at <= CAST(? AS timestamptz)');
  });

  it('accepts booleans, including the strings "True"/"false"', () => {
    expect(sql('active eq true')).toEqual({ sql: 'u.active = ?', params: [true] });
    expect(sql('active eq "False"')).toEqual({ sql: 'u.active = ?', params: [false] });
  });

  it('translates pr', () => {
    expect(sql('displayName pr')).toEqual({ sql: "(u.display_name IS NOT NULL AND u.display_name <> '')", params: [] });
    expect(sql('active pr')).toEqual({ sql: 'u.active IS NOT NULL', params: [] });
    expect(sql('emails pr').sql).toBe('EXISTS (SELECT 1 FROM user_emails e WHERE e.user_id = u.id AND TRUE)');
  });

  it('translates eq null / ne null', () => {
    expect(sql('displayName eq null')).toEqual({ sql: 'u.display_name IS NULL', params: [] });
    expect(sql('displayName ne null')).toEqual({ sql: 'u.display_name IS NOT NULL', params: [] });
  });

  it('combines and/or/not with parentheses and keeps parameter order', () => {
    expect(sql('userName eq "a" or displayName eq "b" and active eq true')).toEqual({
      sql: '(lower(u.user_name) = ? OR (lower(u.display_name) = ? AND u.active = ?))',
      params: ['a', 'b', true],
    });
    expect(sql('not (displayName eq "x")')).toEqual({
      sql: '(NOT COALESCE(lower(u.display_name) = ?, FALSE))',
      params: ['x'],
    });
  });

  it('wraps multi-valued conditions in the module-supplied EXISTS', () => {
    expect(sql('emails[type eq "work" and value co "@X"]')).toEqual({
      sql: "EXISTS (SELECT 1 FROM user_emails e WHERE e.user_id = u.id AND (lower(e.type) = ? AND lower(e.value) LIKE ? ESCAPE '\\'))",
      params: ['work', '%@x%'],
    });
    expect(sql('emails.value eq "A@x.com"')).toEqual({
      sql: 'EXISTS (SELECT 1 FROM user_emails e WHERE e.user_id = u.id AND lower(e.value) = ?)',
      params: ['a@x.com'],
    });
    expect(sql('emails eq "A@x.com"')).toEqual(sql('emails.value eq "A@x.com"'));
    expect(sql('emails[type eq "work"].value eq "j@x.com"')).toEqual({
      sql: 'EXISTS (SELECT 1 FROM user_emails e WHERE e.user_id = u.id AND (lower(e.type) = ? AND lower(e.value) = ?))',
      params: ['work', 'j@x.com'],
    });
    expect(sql('members eq "u-1"', groupMap)).toEqual({
      sql: 'EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id::text = ?)',
      params: ['u-1'],
    });
  });

  it('never puts a value into the SQL text; every ? is a placeholder', () => {
    const injected = sql('userName eq "x\' OR 1=1 --?" or emails co "?"');
    expect(injected.sql).not.toContain('OR 1=1');
    expect(countPlaceholders(injected.sql)).toBe(injected.params.length);
  });

  it('rejects unknown or unmapped attributes naming them', () => {
    expectInvalidFilter('foo eq "x"', /Unknown attribute 'foo'/);
    expectInvalidFilter('nickName eq "x"', /'nickName' is not supported/);
    expectInvalidFilter('emails[foo eq "x"]', /'foo'/);
    expectInvalidFilter('urn:ietf:params:scim:schemas:extension:Other:2.0:User:x eq "1"', /Unknown attribute/);
  });

  it('rejects operators and values that do not fit the attribute type', () => {
    expectInvalidFilter('active gt true', /not supported for boolean/);
    expectInvalidFilter('active eq "yes"', /boolean/);
    expectInvalidFilter('meta.lastModified eq "yesterday"', /dateTime/);
    expectInvalidFilter('meta.lastModified co "2024-01-01T00:00:00Z"', /not supported for dateTime/);
    expectInvalidFilter('userName gt null', /null/);
  });

  it("reads `email` as `emails.value`, as PingOne's examples write it", () => {
    expect(sql('email Co "acme"')).toEqual(sql('emails.value co "acme"'));
    expectInvalidFilter('email eq "x"', /Unknown attribute 'email'/, groupMap);
  });

  it('compares a uuid id whatever its case, and a non-uuid value matches nothing without a cast', () => {
    const idMap: AttributeMap = { ...userMap, attributes: { ...userMap.attributes, id: { kind: 'scalar', sql: 'u.id', type: 'uuid', caseExact: true } } };
    const id = 'F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6';
    expect(sql(`id eq "${id}"`, idMap)).toEqual({ sql: 'u.id = CAST(? AS uuid)', params: [id.toLowerCase()] });
    expect(sql('id eq "nope"', idMap)).toEqual({ sql: 'FALSE', params: [] });
    expect(sql('id ne "nope"', idMap)).toEqual({ sql: 'TRUE', params: [] });
    expect(sql('id sw "F81D"', idMap).params).toEqual(['f81d%']);
  });

  it.each(['"2020-02-30"', '"1"', '"May 2020"', '"2020-02-28T24:00:00Z"'])('rejects the date %s that PostgreSQL would refuse', (value) => {
    expectInvalidFilter(`meta.lastModified gt ${value}`, /dateTime/);
  });
});
