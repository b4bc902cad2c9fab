import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ScimError } from '../errors/scim-error';
import { listResponse } from '../list/list-response';
import type { ListParams } from '../list/list-params';
import { parsePatchRequest, PatchOperation } from '../patch/patch-request';
import { projectResource, ProjectionParams } from '../projection/project-resource';
import { normalizeResourceInput } from '../resource/normalize-resource-input';
import type { ResourceTypeDefinition } from '../schema/attribute-definition';
import type { ScimRequestLimits } from '../limits/request-limits';
import { weakEtag } from '../resource/build-meta';
import { expectedVersion, sendScim, sendScimResource } from './scim-response';

/** What a resource module stores and shows: enough for ETags and Location. */
export interface VersionedRecord {
  id: string;
  version: number;
}

export interface ScimResourceDefinition<R extends VersionedRecord> {
  resourceType: ResourceTypeDefinition;
  /** The SCIM JSON of one record; `scimBaseUrl` builds `meta.location`. */
  represent(record: R, scimBaseUrl: string): Record<string, unknown>;
}

/** The parts of a SCIM resource request every endpoint reads. */
export interface ScimResourceRequest {
  /** The `{id}` of `/Users/{id}` or `/Groups/{id}`; empty on the collection. */
  id: string;
  body: unknown;
  /** The version If-Match names; undefined without a precondition. */
  expectedVersion: number | undefined;
  /** `attributes` / `excludedAttributes` of the query string. */
  query: ProjectionParams & Record<string, unknown>;
}

export const ScimRequest = createParamDecorator((_: unknown, context: ExecutionContext): ScimResourceRequest => {
  const request = context.switchToHttp().getRequest<FastifyRequest<{ Params: { id?: string }; Querystring: Record<string, unknown> }>>();
  const ifMatch = request.headers['if-match'];
  return { id: request.params.id ?? '', body: request.body, expectedVersion: expectedVersion(Array.isArray(ifMatch) ? ifMatch[0] : ifMatch), query: request.query ?? {} };
});

/**
 * The HTTP plumbing every SCIM resource endpoint shares (RFC 7644 §3): reading POST, PUT and PATCH
 * bodies, and answering lists, one resource (projected, with its ETag, and Location on 201) or 204.
 * Controllers keep only what is particular to their resource: which command or query to run.
 */
export class ScimResourceEndpoint<R extends VersionedRecord> {
  constructor(
    private readonly definition: ScimResourceDefinition<R>,
    private readonly scimBaseUrl: string,
    /** Operations and members one request may carry: checked before any work. */
    private readonly limits: ScimRequestLimits,
  ) {}

  sendList(reply: FastifyReply, records: readonly R[], totalResults: number, params: ListParams): void {
    const { resourceType } = this.definition;
    const resources = records.map((record) => projectResource(this.definition.represent(record, this.scimBaseUrl), resourceType, params));
    sendScim(reply, 200, listResponse(resources, { totalResults, startIndex: params.startIndex, itemsPerPage: resources.length }));
  }

  async get(reply: FastifyReply, request: ScimResourceRequest, find: () => Promise<R | null>): Promise<void> {
    const record = await find();
    if (!record) throw ScimError.notFound(`${this.definition.resourceType.name} ${request.id} not found`);
    this.sendResource(reply, 200, record, request.query);
  }

  async create(reply: FastifyReply, request: ScimResourceRequest, run: (document: Record<string, unknown>) => Promise<R>): Promise<void> {
    this.sendResource(reply, 201, await run(this.document(request)), request.query);
  }

  async replace(reply: FastifyReply, request: ScimResourceRequest, run: (document: Record<string, unknown>, version: number | undefined) => Promise<R>): Promise<void> {
    this.sendResource(reply, 200, await run(this.document(request), request.expectedVersion), request.query);
  }

  async patch(reply: FastifyReply, request: ScimResourceRequest, run: (operations: PatchOperation[], version: number | undefined) => Promise<R>): Promise<void> {
    this.sendResource(reply, 200, await run(parsePatchRequest(request.body, this.limits), request.expectedVersion), request.query);
  }

  /** A PATCH answered 204 No Content (RFC 7644 §3.5.2), with the new version's ETag when the write returned the record. */
  async patchWithoutContent(
    reply: FastifyReply,
    request: ScimResourceRequest,
    run: (operations: PatchOperation[], version: number | undefined) => Promise<VersionedRecord | undefined>,
  ): Promise<void> {
    const record = await run(parsePatchRequest(request.body, this.limits), request.expectedVersion);
    if (record) void reply.header('ETag', weakEtag(record.version));
    void reply.status(204).send();
  }

  async delete(reply: FastifyReply, request: ScimResourceRequest, run: (version: number | undefined) => Promise<unknown>): Promise<void> {
    await run(request.expectedVersion);
    void reply.status(204).send();
  }

  private document(request: ScimResourceRequest): Record<string, unknown> {
    return normalizeResourceInput(request.body, this.definition.resourceType, this.limits);
  }

  private sendResource(reply: FastifyReply, status: 200 | 201, record: R, projection: ProjectionParams): void {
    const resource = this.definition.represent(record, this.scimBaseUrl);
    const location = status === 201 ? `${this.scimBaseUrl}${this.definition.resourceType.endpoint}/${record.id}` : undefined;
    sendScimResource(reply, { status, resource, resourceType: this.definition.resourceType, projection, version: record.version, location });
  }
}
