import { ENTERPRISE_USER_SCHEMA, LAMBDATEST_GROUP_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../constants';
import { ResourceSchema } from './attribute-definition';
import { attribute, complexAttribute, NAME_MAX_LENGTH, stringAttribute } from './attribute-builders';

export const ORGANIZATION_ROLES = ['Admin', 'User', 'Guest'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ENTERPRISE_USER_EXTENSION: ResourceSchema = {
  id: ENTERPRISE_USER_SCHEMA,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    stringAttribute('employeeNumber', { description: 'Numeric or alphanumeric identifier assigned to a person.' }),
    stringAttribute('costCenter', { description: 'Identifies the name of a cost center.' }),
    stringAttribute('organization', { description: 'Identifies the name of an organization.' }),
    stringAttribute('division', { description: 'Identifies the name of a division.' }),
    stringAttribute('department', { description: 'Identifies the name of a department.' }),
    complexAttribute(
      'manager',
      [
        stringAttribute('value', { description: 'The id of the SCIM resource representing the manager.' }),
        attribute('$ref', 'reference', { referenceTypes: ['User'] }),
        stringAttribute('displayName', { mutability: 'readOnly' }),
      ],
      { description: 'The User\'s manager.' },
    ),
  ],
};

export const LAMBDATEST_USER_EXTENSION: ResourceSchema = {
  id: LAMBDATEST_USER_SCHEMA,
  name: 'LambdaTestUser',
  description: 'LambdaTest user attributes',
  attributes: [
    stringAttribute('OrganizationRole', {
      description: 'The user\'s role in the organization.',
      canonicalValues: [...ORGANIZATION_ROLES],
      enforceCanonicalValues: true,
    }),
    stringAttribute('LambdatestGroup', {
      description: 'The name of an existing concurrency group of the organization to place the user in.',
      maxLength: NAME_MAX_LENGTH,
    }),
  ],
};

export const LAMBDATEST_GROUP_EXTENSION: ResourceSchema = {
  id: LAMBDATEST_GROUP_SCHEMA,
  name: 'LambdaTestGroup',
  description: 'LambdaTest group attributes',
  attributes: [
    stringAttribute('LambdatestRoles', {
      description: 'Organization roles granted to every member of the group.',
      multiValued: true,
      canonicalValues: [...ORGANIZATION_ROLES],
      enforceCanonicalValues: true,
    }),
  ],
};
