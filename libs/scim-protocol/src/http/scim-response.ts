import type { FastifyReply } from 'fastify';
import { SCIM_CONTENT_TYPE } from '../constants';
import { projectResource, ProjectionParams } from '../projection/project-resource';
import { weakEtag } from '../resource/build-meta';
import type { ResourceTypeDefinition } from '../schema/attribute-definition';

/** Every SCIM response body is application/scim+json (RFC 7644 §3.1). */
export function sendScim(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}): void {
  void reply.status(status).headers({ 'content-type': `${SCIM_CONTENT_TYPE}; charset=utf-8`, ...headers }).send(body);
}

export interface ResourceResponse {
  status: number;
  resource: Record<string, unknown>;
  resourceType: ResourceTypeDefinition;
  /** The request's `attributes` / `excludedAttributes` (RFC 7644 §3.9 applies to every resource response). */
  projection: ProjectionParams;
  version: number;
  /** Set on creation (201). */
  location?: string;
}

/** One resource, projected, with its ETag (and Location when created). */
export function sendScimResource(reply: FastifyReply, response: ResourceResponse): void {
  const headers: Record<string, string> = { ETag: weakEtag(response.version) };
  if (response.location) headers.Location = response.location;
  sendScim(reply, response.status, projectResource(response.resource, response.resourceType, response.projection), headers);
}

/** `If-Match: W/"3"` → 3; `*` or absent → undefined (no precondition); anything else can never match. */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (!ifMatch || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
  return match ? Number(match[1]) : -1;
}
