export { isScimPath, scimErrorTypeOf, sendScimError, toScimError } from './scim-error-response';
export { sendScim, etagOf, expectedVersion } from './scim-response';
export { ScimProtocolModule } from './scim-protocol.module';
