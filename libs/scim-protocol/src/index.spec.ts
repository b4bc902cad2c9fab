import * as protocol from '@app/scim-protocol';

describe('@app/scim-protocol public entry', () => {
  it('exports the protocol functions the resource modules use', () => {
    for (const name of [
      'ScimError',
      'parseFilter',
      'filterToSql',
      'matchesFilter',
      'parseListParams',
      'sortToSql',
      'listResponse',
      'projectResource',
      'isAttributeRequested',
      'parsePatchRequest',
      'applyPatch',
      'extractEqualityValues',
      'coerceBoolean',
      'normalizeResourceInput',
      'buildMeta',
      'resolveAttributePath',
      'serviceProviderConfig',
      'resourceTypes',
      'schemas',
    ] as const) {
      expect(typeof protocol[name]).toBe('function');
    }
    expect(protocol.USER_RESOURCE_TYPE.endpoint).toBe('/Users');
    expect(protocol.SCIM_CONTENT_TYPE).toBe('application/scim+json');
  });
});
