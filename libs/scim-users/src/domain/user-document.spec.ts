import { LAMBDATEST_USER_SCHEMA } from '@app/scim-protocol';
import { readUserDocument, sameUserName } from './user-document';
import { InvalidUserAttributeError } from './user-errors';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';

describe('reading a SCIM User document', () => {
  it('splits the columns from the stored document and trims the userName', () => {
    const fields = readUserDocument({
      schemas: [CORE],
      userName: ' jane@acme.com ',
      externalId: 'ext-1',
      displayName: 'Jane',
      active: false,
      password: 'never stored',
      name: { givenName: 'Jane' },
    });
    expect(fields).toMatchObject({ userName: 'jane@acme.com', externalId: 'ext-1', displayName: 'Jane', active: false, organizationRole: null, lambdatestGroup: null });
    expect(fields.document).toEqual({ externalId: 'ext-1', displayName: 'Jane', name: { givenName: 'Jane' } });
  });

  it('requires an email as userName', () => {
    expect(() => readUserDocument({ schemas: [CORE] })).toThrow(InvalidUserAttributeError);
    expect(() => readUserDocument({ schemas: [CORE], userName: 'jane' })).toThrow(/email/);
  });

  it('reads OrganizationRole in any case and keeps it canonical; refuses an unknown one', () => {
    const fields = readUserDocument({ userName: 'a@b.co', [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: ' admin ', LambdatestGroup: ' Nights ' } });
    expect(fields.organizationRole).toBe('Admin');
    expect(fields.lambdatestGroup).toBe('Nights');
    expect(fields.document[LAMBDATEST_USER_SCHEMA]).toEqual({ OrganizationRole: 'Admin', LambdatestGroup: 'Nights' });
    expect(() => readUserDocument({ userName: 'a@b.co', [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: 'Owner' } })).toThrow(/OrganizationRole/);
  });

  it('leaves one primary email when the IdP marks two', () => {
    const fields = readUserDocument({
      userName: 'a@b.co',
      emails: [
        { value: 'a@b.co', type: 'work', primary: true },
        { value: 'a@home.co', type: 'home', primary: true },
      ],
    });
    expect(fields.document.emails).toEqual([
      { value: 'a@b.co', type: 'work', primary: true },
      { value: 'a@home.co', type: 'home', primary: false },
    ]);
  });

  it('compares userNames ignoring case', () => {
    expect(sameUserName('Jane@Acme.com', 'jane@acme.COM')).toBe(true);
    expect(sameUserName('jane@acme.com', 'john@acme.com')).toBe(false);
  });
});
