import { ScimError } from './scim-error';

describe('ScimError', () => {
  it('serialises to the RFC 7644 §3.12 body with status as a string', () => {
    expect(JSON.parse(JSON.stringify(ScimError.invalidFilter('bad')))).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '400',
      scimType: 'invalidFilter',
      detail: 'bad',
    });
  });

  it('omits scimType where the RFC defines none', () => {
    const error = ScimError.notFound('User u-1 not found');
    expect(error.status).toBe(404);
    expect(error.toJSON()).toEqual({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'User u-1 not found' });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('User u-1 not found');
  });

  it.each([
    [ScimError.uniqueness('x'), 409, 'uniqueness'],
    [ScimError.mutability('x'), 400, 'mutability'],
    [ScimError.invalidSyntax('x'), 400, 'invalidSyntax'],
    [ScimError.invalidPath('x'), 400, 'invalidPath'],
    [ScimError.noTarget('x'), 400, 'noTarget'],
    [ScimError.invalidValue('x'), 400, 'invalidValue'],
    [ScimError.tooMany('x'), 400, 'tooMany'],
    [ScimError.invalidVersion('x'), 412, 'invalidVers'],
    [ScimError.sensitive('x'), 403, 'sensitive'],
  ])('%#: helper sets status %s and scimType %s', (error, status, scimType) => {
    expect(error.status).toBe(status);
    expect(error.scimType).toBe(scimType);
  });
});
