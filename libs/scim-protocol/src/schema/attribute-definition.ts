/** RFC 7643 §7 attribute characteristics. */
export type AttributeType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'complex' | 'binary';
export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  description: string;
  subAttributes?: AttributeDefinition[];
  canonicalValues?: string[];
  referenceTypes?: string[];
  /**
   * Not part of RFC 7643 (and not published in /Schemas): when true, input values must be one of
   * `canonicalValues` (matched case-insensitively, stored in canonical case). RFC canonical values such
   * as email types are only suggestions, so enforcement is opt-in per attribute.
   */
  enforceCanonicalValues?: boolean;
  /** Not published either: the most characters a string value may have (default `DEFAULT_MAX_STRING_LENGTH`). */
  maxLength?: number;
  /** Not published either: the most values a multi-valued attribute may hold (default `MAX_MULTI_VALUES`). */
  maxValues?: number;
}

export interface ResourceSchema {
  id: string;
  name: string;
  description: string;
  attributes: AttributeDefinition[];
}

export interface SchemaExtension {
  schema: ResourceSchema;
  required: boolean;
}

export type ResourceTypeName = 'User' | 'Group';

export interface ResourceTypeDefinition {
  name: ResourceTypeName;
  endpoint: string;
  description: string;
  schema: ResourceSchema;
  extensions: SchemaExtension[];
}
