import { ScimError } from '../errors/scim-error';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types';
import { buildMeta } from './build-meta';
import { normalizeResourceInput } from './normalize-resource-input';

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const LT_USER = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

function scimErrorOf(action: () => unknown): ScimError {
  try {
    action();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('normalizeResourceInput', () => {
  it('canonicalises an Entra POST /Users', () => {
    const body = {
      schemas: [CORE_USER, ENTERPRISE],
      externalId: 'e-1',
      UserName: 'jane@acme.com',
      active: 'True',
      emails: [{ primary: 'true', type: 'work', value: 'jane@acme.com' }],
      meta: { resourceType: 'User' },
      roles: [],
      [ENTERPRISE]: { department: 'R&D', unknown: 'x' },
    };
    expect(normalizeResourceInput(body, USER_RESOURCE_TYPE)).toEqual({
      schemas: [CORE_USER, ENTERPRISE],
      externalId: 'e-1',
      userName: 'jane@acme.com',
      active: true,
      emails: [{ primary: true, type: 'work', value: 'jane@acme.com' }],
      [ENTERPRISE]: { department: 'R&D' },
    });
  });

  it('accepts an Okta POST /Users, dropping read-only and null attributes', () => {
    const normalized = normalizeResourceInput(
      {
        id: 'client-chosen',
        userName: 'bob@acme.com',
        name: { givenName: 'Bob', familyName: null },
        displayName: null,
        locale: 'en-US',
        groups: [],
        password: 'pw',
        active: true,
        favouriteColour: 'blue',
      },
      USER_RESOURCE_TYPE,
    );
    expect(normalized).toEqual({
      schemas: [CORE_USER],
      userName: 'bob@acme.com',
      name: { givenName: 'Bob' },
      locale: 'en-US',
      password: 'pw',
      active: true,
    });
  });

  it('keeps the LambdaTest extension under its URN, matching names case-insensitively', () => {
    const normalized = normalizeResourceInput(
      { userName: 'a@b.c', [LT_USER.toLowerCase()]: { organizationrole: 'guest', LambdatestGroup: 'QA' } },
      USER_RESOURCE_TYPE,
    );
    expect(normalized[LT_USER]).toEqual({ OrganizationRole: 'Guest', LambdatestGroup: 'QA' });
    expect(normalized.schemas).toEqual([CORE_USER, LT_USER]);
  });

  it('accepts URN-qualified and dotted keys', () => {
    const normalized = normalizeResourceInput(
      { userName: 'a@b.c', [`${ENTERPRISE}:employeeNumber`]: 7, 'name.familyName': 'Doe' },
      USER_RESOURCE_TYPE,
    );
    expect(normalized).toMatchObject({ [ENTERPRISE]: { employeeNumber: '7' }, name: { familyName: 'Doe' } });
  });

  it('rejects an invalid boolean, a missing required attribute and a non-object body', () => {
    expect(scimErrorOf(() => normalizeResourceInput({ userName: 'a@b.c', active: 'yes' }, USER_RESOURCE_TYPE)).scimType).toBe('invalidValue');
    expect(scimErrorOf(() => normalizeResourceInput({ active: true }, USER_RESOURCE_TYPE)).detail).toMatch(/userName/);
    expect(scimErrorOf(() => normalizeResourceInput({ members: [] }, GROUP_RESOURCE_TYPE)).detail).toMatch(/displayName/);
    expect(scimErrorOf(() => normalizeResourceInput([], USER_RESOURCE_TYPE)).scimType).toBe('invalidSyntax');
  });

  it('accepts an Okta POST /Groups with empty members and LambdatestRoles', () => {
    expect(
      normalizeResourceInput(
        {
          displayName: 'Eng',
          members: [],
          'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group': { LambdatestRoles: ['admin', 'User'] },
        },
        GROUP_RESOURCE_TYPE,
      ),
    ).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group'],
      displayName: 'Eng',
      'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group': { LambdatestRoles: ['Admin', 'User'] },
    });
  });
});

describe('buildMeta', () => {
  it('produces ISO dates and a weak ETag', () => {
    expect(
      buildMeta({
        resourceType: 'User',
        created: new Date('2024-01-01T00:00:00Z'),
        lastModified: new Date('2024-02-01T00:00:00Z'),
        location: 'https://x/scim/v2/Users/u-1',
        version: 3,
      }),
    ).toEqual({
      resourceType: 'User',
      created: '2024-01-01T00:00:00.000Z',
      lastModified: '2024-02-01T00:00:00.000Z',
      location: 'https://x/scim/v2/Users/u-1',
      version: 'W/"3"',
    });
  });
});
