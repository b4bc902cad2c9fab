import { ResourceSchema, ResourceTypeDefinition } from './attribute-definition';
import { ENTERPRISE_USER_EXTENSION, LAMBDATEST_GROUP_EXTENSION, LAMBDATEST_USER_EXTENSION } from './extension.schemas';
import { GROUP_SCHEMA } from './group.schema';
import { USER_SCHEMA } from './user.schema';

export const USER_RESOURCE_TYPE: ResourceTypeDefinition = {
  name: 'User',
  endpoint: '/Users',
  description: 'User Account',
  schema: USER_SCHEMA,
  extensions: [
    { schema: ENTERPRISE_USER_EXTENSION, required: false },
    { schema: LAMBDATEST_USER_EXTENSION, required: false },
  ],
};

export const GROUP_RESOURCE_TYPE: ResourceTypeDefinition = {
  name: 'Group',
  endpoint: '/Groups',
  description: 'Group',
  schema: GROUP_SCHEMA,
  extensions: [{ schema: LAMBDATEST_GROUP_EXTENSION, required: false }],
};

export const RESOURCE_TYPES: readonly ResourceTypeDefinition[] = [USER_RESOURCE_TYPE, GROUP_RESOURCE_TYPE];

export function schemasOf(resourceType: ResourceTypeDefinition): ResourceSchema[] {
  return [resourceType.schema, ...resourceType.extensions.map((extension) => extension.schema)];
}
