import { pathOf, resourceOf } from './activity-entry';

describe('activity entries', () => {
  it('names the resource whatever the case and slashes the IdP used', () => {
    expect(resourceOf('/scim/v2/Users')).toEqual({ resourceType: 'Users', resourceId: null });
    expect(resourceOf('/scim/v2//users/abc')).toEqual({ resourceType: 'Users', resourceId: 'abc' });
    expect(resourceOf('/scim/v2/GROUPS/g%201')).toEqual({ resourceType: 'Groups', resourceId: 'g 1' });
    expect(resourceOf('/scim/v2/ServiceProviderConfig')).toEqual({ resourceType: 'ServiceProviderConfig', resourceId: null });
    expect(resourceOf('/api/v1/users')).toEqual({ resourceType: null, resourceId: null });
  });

  it('never keeps the query string, where filters and stray tokens travel', () => {
    expect(pathOf('/scim/v2/Users?filter=userName%20eq%20%22a%40b.co%22&access_token=secret')).toBe('/scim/v2/Users');
    expect(pathOf(`/scim/v2/Users/${'x'.repeat(600)}`)).toHaveLength(500);
  });
});
