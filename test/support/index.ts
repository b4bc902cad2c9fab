export * from './test-app';
export * from './scim-client';
export * from './seed';
export * from './json-body';
export * from './organization-rows';
export * from './separate-instance';
export * from './nats';
export * from './idp-group-flow';
