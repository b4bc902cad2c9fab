import { findResourceTypeDocument, findSchemaDocument, resourceTypes, schemas, serviceProviderConfig } from './discovery';

const BASE = 'https://api.example.com/scim/v2/';

describe('discovery documents', () => {
  it('describes the service provider', () => {
    const config = serviceProviderConfig({ baseUrl: BASE, maxResults: 200 });
    expect(config).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      meta: { resourceType: 'ServiceProviderConfig', location: 'https://api.example.com/scim/v2/ServiceProviderConfig' },
    });
    expect(config.authenticationSchemes).toEqual([expect.objectContaining({ type: 'oauthbearertoken', primary: true, description: expect.any(String) })]);
  });

  it('lists User and Group resource types with their extensions', () => {
    const [user, group] = resourceTypes(BASE);
    expect(user).toMatchObject({
      id: 'User',
      endpoint: '/Users',
      schema: 'urn:ietf:params:scim:schemas:core:2.0:User',
      schemaExtensions: [
        { schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false },
        { schema: 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User', required: false },
      ],
      meta: { resourceType: 'ResourceType', location: 'https://api.example.com/scim/v2/ResourceTypes/User' },
    });
    expect(group).toMatchObject({ id: 'Group', endpoint: '/Groups', schemaExtensions: [{ schema: 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group', required: false }] });
    expect(findResourceTypeDocument(BASE, 'group')).toEqual(group);
    expect(findResourceTypeDocument(BASE, 'Nope')).toBeUndefined();
  });

  it('publishes every schema with full attribute characteristics and no internal fields', () => {
    const documents = schemas(BASE);
    expect(documents.map((document) => document.id)).toEqual([
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User',
      'urn:ietf:params:scim:schemas:core:2.0:Group',
      'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group',
    ]);
    const lambdaTestUser = findSchemaDocument(BASE, 'urn:ietf:params:scim:schemas:extension:lambdatest:2.0:user')!;
    expect(lambdaTestUser.meta).toEqual({
      resourceType: 'Schema',
      location: 'https://api.example.com/scim/v2/Schemas/urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User',
    });
    expect(lambdaTestUser.attributes).toContainEqual({
      name: 'OrganizationRole',
      type: 'string',
      multiValued: false,
      description: expect.any(String),
      required: false,
      caseExact: false,
      mutability: 'readWrite',
      returned: 'default',
      uniqueness: 'none',
      canonicalValues: ['Admin', 'User', 'Guest'],
    });
    const user = documents[0].attributes as Array<Record<string, unknown>>;
    expect(user.find((attribute) => attribute.name === 'password')).toMatchObject({ mutability: 'writeOnly', returned: 'never' });
    expect(user.find((attribute) => attribute.name === 'userName')).toMatchObject({ required: true, caseExact: false, uniqueness: 'server' });
    expect(JSON.stringify(documents)).not.toContain('enforceCanonicalValues');
  });
});
