import { LAMBDATEST_GROUP_SCHEMA } from '@app/scim-protocol';
import { applyGroupFields, groupDocumentOf, readGroupDocument } from './group-document';
import { InvalidGroupAttributeError } from './group-errors';
import { ScimGroup } from './scim-group.entity';

function group(fields: Partial<ScimGroup> = {}): ScimGroup {
  return Object.assign(new ScimGroup(), { organizationId: 'org', displayName: 'Eng', ...fields });
}

describe('readGroupDocument', () => {
  it('trims displayName, canonicalises roles in role order, keeps other attributes out of columns', () => {
    const fields = readGroupDocument({
      schemas: ['x'],
      id: 'ignored',
      displayName: '  Eng  ',
      externalId: 'e1',
      members: [{ value: 'u' }],
      [LAMBDATEST_GROUP_SCHEMA]: { LambdatestRoles: ['guest', { value: 'ADMIN' }, 'Guest'] },
      'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group': { note: 'kept' },
    });
    expect(fields).toEqual({
      displayName: 'Eng',
      externalId: 'e1',
      roles: ['Admin', 'Guest'],
      document: { 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group': { note: 'kept' } },
    });
  });

  it.each([[{}], [{ displayName: '  ' }], [{ displayName: 'x', externalId: 5 }], [{ displayName: 'x', [LAMBDATEST_GROUP_SCHEMA]: { LambdatestRoles: ['Owner'] } }]])(
    'rejects %j',
    (input) => {
      expect(() => readGroupDocument(input)).toThrow(InvalidGroupAttributeError);
    },
  );
});

describe('applyGroupFields', () => {
  it('a same-name, same-roles update is no change at all (Okta re-sends the name with every membership PATCH)', () => {
    const target = group({ roles: ['User'] });
    const changes = applyGroupFields(target, readGroupDocument({ ...groupDocumentOf(target) }));
    expect(changes).toEqual({ changed: false });
  });

  it('reports the previous name and roles only when they change', () => {
    const target = group({ roles: ['User'] });
    expect(applyGroupFields(target, readGroupDocument({ displayName: 'Eng 2', [LAMBDATEST_GROUP_SCHEMA]: { LambdatestRoles: ['User'] } }))).toEqual({
      changed: true,
      renamedFrom: 'Eng',
    });
    expect(applyGroupFields(target, readGroupDocument({ displayName: 'Eng 2' }))).toEqual({ changed: true, previousRoles: ['User'] });
    expect(applyGroupFields(target, readGroupDocument({ displayName: 'Eng 2', externalId: 'e' }))).toEqual({ changed: true });
  });
});
