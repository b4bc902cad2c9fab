import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types';
import { isAttributeRequested, projectResource } from './project-resource';

const LT_USER = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

const user = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', LT_USER],
  id: 'u-1',
  userName: 'jane@acme.com',
  name: { givenName: 'Jane', familyName: 'Doe' },
  password: 'secret',
  emails: [{ value: 'jane@acme.com', type: 'work' }],
  meta: { resourceType: 'User' },
  [LT_USER]: { OrganizationRole: 'Admin', LambdatestGroup: 'QA' },
};

describe('projectResource', () => {
  it('returns default attributes but never the password', () => {
    const { password: _password, ...expected } = user;
    expect(projectResource(user, USER_RESOURCE_TYPE)).toEqual(expected);
  });

  it('returns only requested attributes plus schemas, id and meta', () => {
    expect(projectResource(user, USER_RESOURCE_TYPE, { attributes: ['userName', 'NAME.GIVENNAME'] })).toEqual({
      schemas: user.schemas,
      id: 'u-1',
      userName: 'jane@acme.com',
      name: { givenName: 'Jane' },
      meta: { resourceType: 'User' },
    });
  });

  it('understands URN-qualified attributes and whole extension URNs', () => {
    expect(projectResource(user, USER_RESOURCE_TYPE, { attributes: `${LT_USER}:OrganizationRole` })).toEqual({
      schemas: user.schemas,
      id: 'u-1',
      meta: { resourceType: 'User' },
      [LT_USER]: { OrganizationRole: 'Admin' },
    });
    expect(projectResource(user, USER_RESOURCE_TYPE, { attributes: [LT_USER] })[LT_USER]).toEqual(user[LT_USER]);
  });

  it('projects sub-attributes of multi-valued attributes', () => {
    expect(projectResource(user, USER_RESOURCE_TYPE, { attributes: ['emails.value'] }).emails).toEqual([{ value: 'jane@acme.com' }]);
  });

  it('drops excluded attributes but never id', () => {
    const projected = projectResource(user, USER_RESOURCE_TYPE, { excludedAttributes: ['emails', 'id', 'name.familyName', LT_USER] });
    expect(projected).not.toHaveProperty('emails');
    expect(projected).not.toHaveProperty(LT_USER);
    expect(projected.id).toBe('u-1');
    expect(projected.name).toEqual({ givenName: 'Jane' });
  });

  it('never asks for the password even when requested', () => {
    expect(projectResource(user, USER_RESOURCE_TYPE, { attributes: ['password'] })).not.toHaveProperty('password');
  });

  it('tolerates absent attributes (a group loaded without members)', () => {
    const group = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g', displayName: 'Eng' };
    expect(projectResource(group, GROUP_RESOURCE_TYPE, { excludedAttributes: 'members' })).toEqual(group);
    expect(projectResource(group, GROUP_RESOURCE_TYPE, { attributes: 'members' })).toEqual({ schemas: group.schemas, id: 'g' });
  });
});

describe('isAttributeRequested', () => {
  it('tells a module whether to load members', () => {
    expect(isAttributeRequested('members', GROUP_RESOURCE_TYPE, {})).toBe(true);
    expect(isAttributeRequested('members', GROUP_RESOURCE_TYPE, { excludedAttributes: ['Members'] })).toBe(false);
    expect(isAttributeRequested('members', GROUP_RESOURCE_TYPE, { excludedAttributes: ['members.display'] })).toBe(true);
    expect(isAttributeRequested('members', GROUP_RESOURCE_TYPE, { attributes: ['displayName'] })).toBe(false);
    expect(isAttributeRequested('members', GROUP_RESOURCE_TYPE, { attributes: ['members.value'] })).toBe(true);
    expect(isAttributeRequested('id', GROUP_RESOURCE_TYPE, { attributes: ['displayName'] })).toBe(true);
    expect(isAttributeRequested('password', USER_RESOURCE_TYPE, {})).toBe(false);
  });
});
