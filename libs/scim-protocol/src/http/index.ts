export { isScimPath, scimErrorTypeOf, sendScimError, toScimError } from './scim-error-response';
export { sendScim, sendScimResource, expectedVersion } from './scim-response';
export type { ResourceResponse } from './scim-response';
export { ScimProtocolModule } from './scim-protocol.module';
export { ScimResourceEndpoint } from './scim-resource-endpoint';
export { ScimRequest } from './scim-resource-endpoint';
export type { ScimResourceDefinition, ScimResourceRequest, VersionedRecord } from './scim-resource-endpoint';
export { DiscoveryController } from './discovery.controller';
