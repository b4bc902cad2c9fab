import { ScimError } from '../errors/scim-error';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types';
import { parseFilter } from './filter-parser';
import { matchesFilter, matchesValueFilter } from './match-filter';

const jane = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User'],
  id: 'u-1',
  externalId: 'Ext-1',
  userName: 'Jane@Acme.com',
  name: { givenName: 'Jane', familyName: 'Doe' },
  active: true,
  emails: [
    { value: 'jane@acme.com', type: 'work', primary: true },
    { value: 'jane@home.org', type: 'home' },
  ],
  meta: { resourceType: 'User', created: '2024-01-01T00:00:00.000Z', lastModified: '2024-06-01T12:00:00.000Z' },
  'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User': { OrganizationRole: 'Admin' },
};

const matches = (filter: string, resource: Record<string, unknown> = jane) => matchesFilter(parseFilter(filter), resource, USER_RESOURCE_TYPE);

describe('matchesFilter', () => {
  it.each([
    ['userName eq "jane@acme.com"', true],
    ['USERNAME eq "JANE@ACME.COM"', true],
    ['externalId eq "ext-1"', false],
    ['externalId eq "Ext-1"', true],
    ['userName co "ACME"', true],
    ['userName sw "jane"', true],
    ['userName ew ".COM"', true],
    ['userName ne "jane@acme.com"', false],
    ['userName gt "a"', true],
    ['userName lt "a"', false],
    ['name.givenName eq "jane"', true],
    ['name.middleName pr', false],
    ['name.middleName ne "x"', true],
    ['title eq null', true],
    ['title ne "boss"', true],
    ['not (title eq "boss")', true],
    ['active eq true', true],
    ['active eq "False"', false],
    ['emails eq "jane@home.org"', true],
    ['emails.value co "home"', true],
    ['emails[type eq "work" and value co "@acme"]', true],
    ['emails[type eq "home" and value co "@acme"]', false],
    ['emails[type eq "work"].value eq "jane@acme.com"', true],
    ['emails[type eq "home"].value eq "jane@acme.com"', false],
    ['emails pr', true],
    ['phoneNumbers pr', false],
    ['meta.lastModified gt "2024-05-01T00:00:00Z"', true],
    ['meta.lastModified le "2024-05-01T00:00:00Z"', false],
    ['urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole eq "Admin"', true],
    ['urn:ietf:params:scim:schemas:extension:lambdatest:2.0:user:organizationrole eq "admin"', true],
    ['userName eq "x" or active eq true and name.familyName eq "Doe"', true],
    ['(userName eq "x" or active eq true) and name.familyName eq "Smith"', false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('rejects unknown attributes with invalidFilter', () => {
    expect(() => matches('foo eq "x"')).toThrow(ScimError);
    try {
      matches('foo eq "x"');
    } catch (error) {
      expect((error as ScimError).scimType).toBe('invalidFilter');
    }
  });

  it('matches group members by value', () => {
    const group = { id: 'g-1', displayName: 'Eng', members: [{ value: 'u-1' }, { value: 'u-2' }] };
    expect(matchesFilter(parseFilter('members eq "u-2"'), group, GROUP_RESOURCE_TYPE)).toBe(true);
    expect(matchesFilter(parseFilter('members[value eq "U-2"]'), group, GROUP_RESOURCE_TYPE)).toBe(false);
  });
});

describe('matchesValueFilter', () => {
  const emails = USER_RESOURCE_TYPE.schema.attributes.find((attribute) => attribute.name === 'emails')!;
  it('evaluates a selector against one element', () => {
    expect(matchesValueFilter(parseFilter('type eq "WORK"'), { type: 'work', value: 'a' }, emails)).toBe(true);
    expect(matchesValueFilter(parseFilter('primary eq true'), { type: 'work', value: 'a' }, emails)).toBe(false);
  });
});
