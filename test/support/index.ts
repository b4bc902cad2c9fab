export * from './test-app';
export * from './scim-client';
export * from './seed';
export * from './organization-rows';
export * from './separate-instance';
