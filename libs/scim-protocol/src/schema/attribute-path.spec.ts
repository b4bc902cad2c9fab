import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from './resource-types';
import { resolveAttributePath } from './attribute-path';

const LT_USER = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

describe('resolveAttributePath', () => {
  it.each([
    ['USERNAME', 'userName', undefined],
    ['name.givenName', 'name.givenName', 'givenName'],
    ['Name.GivenName', 'name.givenName', 'givenName'],
    ['emails.value', 'emails.value', 'value'],
    ['meta.lastModified', 'meta.lastModified', 'lastModified'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName', 'userName', undefined],
    [`${LT_USER}:OrganizationRole`, `${LT_USER}:OrganizationRole`, undefined],
    [`${LT_USER.toLowerCase()}:organizationrole`, `${LT_USER}:OrganizationRole`, undefined],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value', 'value'],
  ])('%s → %s', (path, canonical, sub) => {
    const resolved = resolveAttributePath(USER_RESOURCE_TYPE, path);
    expect(resolved?.path).toBe(canonical);
    expect(resolved?.subAttribute?.name).toBe(sub);
  });

  it('reports the schema and whether it is an extension', () => {
    expect(resolveAttributePath(USER_RESOURCE_TYPE, `${LT_USER}:LambdatestGroup`)).toMatchObject({ schemaUrn: LT_USER, isExtension: true });
    expect(resolveAttributePath(USER_RESOURCE_TYPE, 'userName')).toMatchObject({
      schemaUrn: 'urn:ietf:params:scim:schemas:core:2.0:User',
      isExtension: false,
    });
  });

  it.each(['nope', 'name.nope', 'name.givenName.x', 'urn:unknown:2.0:User:x', `${LT_USER}:Nope`, LT_USER, 'members'])(
    'returns undefined for %s on User',
    (path) => {
      expect(resolveAttributePath(USER_RESOURCE_TYPE, path)).toBeUndefined();
    },
  );

  it('resolves group attributes', () => {
    expect(resolveAttributePath(GROUP_RESOURCE_TYPE, 'members.value')?.subAttribute?.mutability).toBe('immutable');
    expect(resolveAttributePath(GROUP_RESOURCE_TYPE, 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group:lambdatestroles')?.attribute).toMatchObject({
      name: 'LambdatestRoles',
      multiValued: true,
    });
  });
});
