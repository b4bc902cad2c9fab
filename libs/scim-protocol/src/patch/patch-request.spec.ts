import { ScimError } from '../errors/scim-error';
import { parsePatchRequest } from './patch-request';
import { parsePatchPath } from './patch-path';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

function scimTypeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ScimError) return error.scimType;
    throw error;
  }
  return 'no error';
}

describe('parsePatchRequest', () => {
  it('lower-cases op names and keeps path and value', () => {
    expect(
      parsePatchRequest({
        schemas: [PATCH_OP],
        Operations: [
          { op: 'Replace', path: 'active', value: 'False' },
          { op: 'ADD', path: 'members', value: [{ value: 'u' }] },
          { op: 'remove', path: 'members[value eq "u"]' },
        ],
      }),
    ).toEqual([
      { op: 'replace', path: 'active', value: 'False' },
      { op: 'add', path: 'members', value: [{ value: 'u' }] },
      { op: 'remove', path: 'members[value eq "u"]' },
    ]);
  });

  it('tolerates missing schemas and differently-cased member names', () => {
    expect(parsePatchRequest({ operations: [{ OP: 'replace', Value: { active: false } }] })).toEqual([
      { op: 'replace', value: { active: false } },
    ]);
  });

  it('keeps null values (they unassign)', () => {
    expect(parsePatchRequest({ Operations: [{ op: 'replace', path: 'title', value: null }] })).toEqual([
      { op: 'replace', path: 'title', value: null },
    ]);
  });

  it.each([
    ['a non-object body', 'nope', 'invalidSyntax'],
    ['a body without Operations', { schemas: [PATCH_OP] }, 'invalidSyntax'],
    ['non-array Operations', { schemas: [PATCH_OP], Operations: { op: 'add' } }, 'invalidSyntax'],
    ['wrong schemas', { schemas: ['urn:x'], Operations: [] }, 'invalidSyntax'],
    ['an unknown op', { Operations: [{ op: 'merge', path: 'x', value: 1 }] }, 'invalidSyntax'],
    ['remove without path', { Operations: [{ op: 'remove' }] }, 'noTarget'],
    ['path-less replace with a non-object', { Operations: [{ op: 'replace', value: 'x' }] }, 'invalidValue'],
    ['replace without value', { Operations: [{ op: 'replace', path: 'title' }] }, 'invalidValue'],
    ['a malformed path', { Operations: [{ op: 'replace', path: 'emails[type eq', value: 'x' }] }, 'invalidPath'],
    ['a bad filter in a path', { Operations: [{ op: 'remove', path: 'members[value xx "a"]' }] }, 'invalidPath'],
  ])('rejects %s', (_label, body, scimType) => {
    expect(scimTypeOf(() => parsePatchRequest(body))).toBe(scimType);
  });
});

describe('parsePatchPath', () => {
  it('splits attribute, value filter and sub-attribute', () => {
    expect(parsePatchPath('emails[type eq "work"].value')).toEqual({
      attrPath: 'emails',
      filter: { type: 'comparison', op: 'eq', attrPath: 'type', value: 'work' },
      subAttribute: 'value',
    });
    expect(parsePatchPath('members[value eq "a]b"]')).toMatchObject({ attrPath: 'members', filter: { value: 'a]b' } });
    expect(parsePatchPath('urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole')).toEqual({
      attrPath: 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole',
    });
  });

  it.each(['emails[type eq "work"]value', 'name.givenName[x eq "y"]', 'bad path', 'emails[type eq "x"].'])('rejects %s', (path) => {
    expect(scimTypeOf(() => parsePatchPath(path))).toBe('invalidPath');
  });
});

describe('parsePatchRequest limits', () => {
  const limits = { maxOperations: 3, maxMembers: 4 };
  const add = (count: number) => ({ op: 'add', path: 'members', value: Array.from({ length: count }, (_, i) => ({ value: `u-${i}` })) });

  it('refuses more operations than the limit before parsing any of them', () => {
    const operations = [{ op: 'add', path: 'title', value: 'x' }, { op: 'add', path: 'title', value: 'x' }, { op: 'nope' }, { op: 'nope' }];
    expect(() => parsePatchRequest({ Operations: operations }, limits)).toThrow(expect.objectContaining({ scimType: 'invalidValue', detail: expect.stringContaining('at most 3 operations') }));
  });

  it('counts members over all operations, with a path, a URN path or a path-less value', () => {
    expect(parsePatchRequest({ Operations: [add(2), add(2)] }, limits)).toHaveLength(2);
    expect(scimTypeOf(() => parsePatchRequest({ Operations: [add(2), add(3)] }, limits))).toBe('invalidValue');
    expect(scimTypeOf(() => parsePatchRequest({ Operations: [{ op: 'replace', value: { Members: add(5).value } }] }, limits))).toBe('invalidValue');
    const urnPath = { op: 'add', path: 'urn:ietf:params:scim:schemas:core:2.0:Group:members', value: add(5).value };
    expect(scimTypeOf(() => parsePatchRequest({ Operations: [urnPath] }, limits))).toBe('invalidValue');
    const inSchemaObject = { op: 'replace', value: { 'urn:ietf:params:scim:schemas:core:2.0:Group': { members: add(5).value } } };
    expect(scimTypeOf(() => parsePatchRequest({ Operations: [inSchemaObject] }, limits))).toBe('invalidValue');
    const schemaPath = { op: 'add', path: 'urn:ietf:params:scim:schemas:core:2.0:Group', value: { members: add(5).value } };
    expect(scimTypeOf(() => parsePatchRequest({ Operations: [schemaPath] }, limits))).toBe('invalidValue');
    expect(parsePatchRequest({ Operations: [{ op: 'remove', path: 'members[value eq "a"]' }, add(4)] }, limits)).toHaveLength(2);
  });

  it('refuses an over-long path as invalidPath', () => {
    expect(scimTypeOf(() => parsePatchPath(`title${'x'.repeat(3000)}`))).toBe('invalidPath');
  });
});
