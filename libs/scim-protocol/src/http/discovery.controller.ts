import { Controller, Delete, Get, Param, Patch, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@app/platform';
import { ScimError } from '../errors/scim-error';
import { listResponse } from '../list/list-response';
import { findResourceTypeDocument, findSchemaDocument, resourceTypes, schemas, serviceProviderConfig } from '../schema/discovery';
import { sendScim } from './scim-response';

const DISCOVERY_PATHS = ['ServiceProviderConfig', 'ResourceTypes', 'ResourceTypes/:name', 'Schemas', 'Schemas/:urn'];
const readOnly = () => ScimError.methodNotAllowed('Discovery endpoints are read-only');

/**
 * RFC 7644 §4 discovery. Readable without a token (the RFC allows it and IdPs probe it while
 * the admin is still configuring); nothing here is organization data.
 */
@Controller('scim/v2')
export class DiscoveryController {
  constructor(private readonly config: AppConfig) {}

  @Get('ServiceProviderConfig')
  serviceProviderConfig(@Res() reply: FastifyReply): void {
    const { scimBaseUrl, SCIM_MAX_RESULTS, SCIM_MAX_PATCH_OPERATIONS, BODY_LIMIT_BYTES } = this.config;
    sendScim(reply, 200, serviceProviderConfig({ baseUrl: scimBaseUrl, maxResults: SCIM_MAX_RESULTS, maxOperations: SCIM_MAX_PATCH_OPERATIONS, maxPayloadSize: BODY_LIMIT_BYTES }));
  }

  @Get('ResourceTypes')
  resourceTypes(@Res() reply: FastifyReply): void {
    const documents = resourceTypes(this.config.scimBaseUrl);
    sendScim(reply, 200, listResponse(documents, { totalResults: documents.length, startIndex: 1, itemsPerPage: documents.length }));
  }

  @Get('ResourceTypes/:name')
  resourceType(@Param('name') name: string, @Res() reply: FastifyReply): void {
    const document = findResourceTypeDocument(this.config.scimBaseUrl, name);
    if (!document) throw ScimError.notFound(`Resource type ${name} not found`);
    sendScim(reply, 200, document);
  }

  @Get('Schemas')
  schemas(@Res() reply: FastifyReply): void {
    const documents = schemas(this.config.scimBaseUrl);
    sendScim(reply, 200, listResponse(documents, { totalResults: documents.length, startIndex: 1, itemsPerPage: documents.length }));
  }

  @Get('Schemas/:urn')
  schema(@Param('urn') urn: string, @Res() reply: FastifyReply): void {
    const document = findSchemaDocument(this.config.scimBaseUrl, urn);
    if (!document) throw ScimError.notFound(`Schema ${urn} not found`);
    sendScim(reply, 200, document);
  }

  @Post(DISCOVERY_PATHS)
  post(): never {
    throw readOnly();
  }

  @Put(DISCOVERY_PATHS)
  put(): never {
    throw readOnly();
  }

  @Patch(DISCOVERY_PATHS)
  patch(): never {
    throw readOnly();
  }

  @Delete(DISCOVERY_PATHS)
  delete(): never {
    throw readOnly();
  }
}
