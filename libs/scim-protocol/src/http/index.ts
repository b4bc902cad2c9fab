export { isScimPath, scimErrorTypeOf, sendScimError, toScimError } from './scim-error-response';
export { sendScim, sendScimResource, expectedVersion } from './scim-response';
export type { ResourceResponse } from './scim-response';
export { ScimProtocolModule } from './scim-protocol.module';
export { DiscoveryController } from './discovery.controller';
