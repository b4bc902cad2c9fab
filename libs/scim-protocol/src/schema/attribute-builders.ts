import { AttributeDefinition, AttributeType } from './attribute-definition';

/** Names and display names: a few hundred characters, well inside a PostgreSQL index row. */
export const NAME_MAX_LENGTH = 256;
/** RFC 5321 bounds an address at 320 characters (64 local part, @, 255 domain). */
export const EMAIL_MAX_LENGTH = 320;
export const EXTERNAL_ID_MAX_LENGTH = 1024;

type AttributeOptions = Partial<Omit<AttributeDefinition, 'name' | 'type'>>;

export function attribute(name: string, type: AttributeType, options: AttributeOptions = {}): AttributeDefinition {
  return {
    name,
    type,
    multiValued: false,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    description: '',
    ...options,
  };
}

export const stringAttribute = (name: string, options?: AttributeOptions) => attribute(name, 'string', options);

export function complexAttribute(
  name: string,
  subAttributes: AttributeDefinition[],
  options: AttributeOptions = {},
): AttributeDefinition {
  return attribute(name, 'complex', { ...options, subAttributes });
}

/** The value/display/type/primary shape RFC 7643 §2.4 gives most multi-valued attributes. */
export function multiValuedStringAttribute(name: string, description: string, types: string[], valueMaxLength?: number): AttributeDefinition {
  return complexAttribute(
    name,
    [
      stringAttribute('value', { description: `${description} value.`, maxLength: valueMaxLength }),
      stringAttribute('display', { description: 'A human-readable name, primarily used for display purposes.', maxLength: NAME_MAX_LENGTH }),
      stringAttribute('type', { description: 'A label indicating the attribute\'s function.', canonicalValues: types }),
      attribute('primary', 'boolean', { description: 'Indicates the primary or preferred value.' }),
    ],
    { multiValued: true, description },
  );
}

/** id, externalId and meta (RFC 7643 §3.1) are common to every resource type. */
export function commonAttributes(): AttributeDefinition[] {
  return [
    stringAttribute('id', {
      description: 'Unique identifier for the resource, assigned by the service provider.',
      caseExact: true,
      mutability: 'readOnly',
      returned: 'always',
      uniqueness: 'server',
    }),
    stringAttribute('externalId', {
      description: 'Identifier of the resource as defined by the provisioning client.',
      caseExact: true,
      maxLength: EXTERNAL_ID_MAX_LENGTH,
    }),
    complexAttribute(
      'meta',
      [
        stringAttribute('resourceType', { caseExact: true, mutability: 'readOnly' }),
        attribute('created', 'dateTime', { mutability: 'readOnly' }),
        attribute('lastModified', 'dateTime', { mutability: 'readOnly' }),
        attribute('location', 'reference', { caseExact: true, mutability: 'readOnly', referenceTypes: ['uri'] }),
        stringAttribute('version', { caseExact: true, mutability: 'readOnly' }),
      ],
      { description: 'Resource metadata.', mutability: 'readOnly' },
    ),
  ];
}
