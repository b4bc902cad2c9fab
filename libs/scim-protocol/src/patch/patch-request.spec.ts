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
