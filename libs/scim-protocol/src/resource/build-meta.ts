import { ResourceTypeName } from '../schema/attribute-definition';

export interface ResourceMeta {
  resourceType: ResourceTypeName | string;
  created: string;
  lastModified: string;
  location: string;
  version: string;
}

export interface BuildMetaInput {
  resourceType: ResourceTypeName | string;
  created: Date;
  lastModified: Date;
  location: string;
  /** The row version; published as a weak ETag. */
  version: number | string;
}

export function weakEtag(version: number | string): string {
  return `W/"${version}"`;
}

export function buildMeta(input: BuildMetaInput): ResourceMeta {
  return {
    resourceType: input.resourceType,
    created: input.created.toISOString(),
    lastModified: input.lastModified.toISOString(),
    location: input.location,
    version: weakEtag(input.version),
  };
}
