import {
  SCIM_RESOURCE_TYPE_SCHEMA,
  SCIM_SCHEMA_SCHEMA,
  SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA,
} from '../constants';
import { AttributeDefinition, ResourceSchema, ResourceTypeDefinition } from './attribute-definition';
import { RESOURCE_TYPES } from './resource-types';

export interface ServiceProviderConfigOptions {
  baseUrl: string;
  /** Largest page a list request returns (the `count` cap). */
  maxResults: number;
  /**
   * Most operations one PATCH may carry. Bulk itself is not supported, but clients such as authentik
   * split their PATCH requests by `bulk.maxOperations`, so it advertises the PATCH limit.
   */
  maxOperations?: number;
  /** Largest request body, in bytes. */
  maxPayloadSize?: number;
  documentationUri?: string;
}

function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function serviceProviderConfig(options: ServiceProviderConfigOptions): Record<string, unknown> {
  const document: Record<string, unknown> = {
    schemas: [SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: options.maxOperations ?? 0, maxPayloadSize: options.maxPayloadSize ?? 0 },
    filter: { supported: true, maxResults: options.maxResults },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Per-organization bearer token sent in the Authorization header; the token alone identifies the organization.',
        primary: true,
      },
    ],
    meta: {
      resourceType: 'ServiceProviderConfig',
      location: `${trimBaseUrl(options.baseUrl)}/ServiceProviderConfig`,
    },
  };
  if (options.documentationUri) document.documentationUri = options.documentationUri;
  return document;
}

export function resourceTypeDocument(baseUrl: string, resourceType: ResourceTypeDefinition): Record<string, unknown> {
  return {
    schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
    id: resourceType.name,
    name: resourceType.name,
    endpoint: resourceType.endpoint,
    description: resourceType.description,
    schema: resourceType.schema.id,
    schemaExtensions: resourceType.extensions.map((extension) => ({
      schema: extension.schema.id,
      required: extension.required,
    })),
    meta: { resourceType: 'ResourceType', location: `${trimBaseUrl(baseUrl)}/ResourceTypes/${resourceType.name}` },
  };
}

export function resourceTypes(baseUrl: string): Record<string, unknown>[] {
  return RESOURCE_TYPES.map((resourceType) => resourceTypeDocument(baseUrl, resourceType));
}

const COMMON_ATTRIBUTE_NAMES = new Set(['id', 'externalId', 'meta']);

/** Lists every RFC 7643 §7 characteristic explicitly: some clients treat a missing one as an error. */
function attributeDocument(attribute: AttributeDefinition): Record<string, unknown> {
  const document: Record<string, unknown> = {
    name: attribute.name,
    type: attribute.type,
    multiValued: attribute.multiValued,
    description: attribute.description,
    required: attribute.required,
    caseExact: attribute.caseExact,
    mutability: attribute.mutability,
    returned: attribute.returned,
    uniqueness: attribute.uniqueness,
  };
  if (attribute.canonicalValues) document.canonicalValues = attribute.canonicalValues;
  if (attribute.referenceTypes) document.referenceTypes = attribute.referenceTypes;
  if (attribute.subAttributes) document.subAttributes = attribute.subAttributes.map(attributeDocument);
  return document;
}

export function schemaDocument(baseUrl: string, schema: ResourceSchema): Record<string, unknown> {
  return {
    schemas: [SCIM_SCHEMA_SCHEMA],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    // RFC 7643 §3.1 keeps id/externalId/meta out of schema documents; they are common to all resources.
    attributes: schema.attributes.filter((attribute) => !COMMON_ATTRIBUTE_NAMES.has(attribute.name)).map(attributeDocument),
    meta: { resourceType: 'Schema', location: `${trimBaseUrl(baseUrl)}/Schemas/${schema.id}` },
  };
}

function allSchemas(): ResourceSchema[] {
  const seen = new Map<string, ResourceSchema>();
  for (const resourceType of RESOURCE_TYPES) {
    for (const schema of [resourceType.schema, ...resourceType.extensions.map((extension) => extension.schema)]) {
      seen.set(schema.id, schema);
    }
  }
  return [...seen.values()];
}

export function schemas(baseUrl: string): Record<string, unknown>[] {
  return allSchemas().map((schema) => schemaDocument(baseUrl, schema));
}

/** Case-insensitive lookup for `/Schemas/{urn}`; undefined → the caller answers 404. */
export function findSchemaDocument(baseUrl: string, urn: string): Record<string, unknown> | undefined {
  const schema = allSchemas().find((candidate) => candidate.id.toLowerCase() === urn.toLowerCase());
  return schema && schemaDocument(baseUrl, schema);
}

/** Case-insensitive lookup for `/ResourceTypes/{name}`; undefined → the caller answers 404. */
export function findResourceTypeDocument(baseUrl: string, name: string): Record<string, unknown> | undefined {
  const resourceType = RESOURCE_TYPES.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  return resourceType && resourceTypeDocument(baseUrl, resourceType);
}
