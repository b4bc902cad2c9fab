import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, PathItemObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** Only the admin API, the platform endpoint and operations: SCIM itself is described by RFC 7644 and /Schemas. */
const DOCUMENTED = /^\/(api\/v1|internal|health)(\/|$)/;

/** The OpenAPI 3 document of the admin API, generated from the controllers and DTOs. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SCIM provisioning admin API')
    .setDescription(
      'The API behind the admin dashboard: SCIM settings and tokens, SCIM groups and their mappings, mapping rules, conflicts, ' +
        'teams, concurrency groups, sub-organizations, users and roles, the provisioning activity log and reconcile. ' +
        'Every /api/v1 call needs an admin JWT (Authorization: Bearer …) naming the organization and the Admin role. ' +
        'Errors: {statusCode, error, message, code?, details?}. Lists: ?page=&pageSize= → {items, page, pageSize, total}.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Admin JWT' }, 'admin')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The platform service token (PLATFORM_SERVICE_TOKEN); /internal endpoints answer 404 when it is not configured' }, 'platform')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  document.paths = Object.fromEntries(
    Object.entries(document.paths)
      .filter(([path]) => DOCUMENTED.test(path))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  Object.values(document.paths).forEach(documentImpliedErrors);
  return document;
}

const ERROR_BODY = { content: { 'application/json': { schema: { $ref: '#/components/schemas/AdminErrorResponse' } } } };
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/**
 * Statuses every operation of a kind can answer, whatever its controller declared: a path
 * parameter can name nothing (404); the platform's endpoints refuse a wrong service token (401),
 * do not exist without one configured (404) and validate their bodies (400); any call can meet the
 * rate limits (429) or a database that is away (503), both with Retry-After.
 */
function documentImpliedErrors(item: PathItemObject): void {
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    const parameters = (operation.parameters ?? []) as ParameterObject[];
    const platform = (operation.security ?? []).some((requirement) => 'platform' in requirement);
    if (parameters.some((p) => p.in === 'path')) imply(operation, 404, 'No such resource in this organization (code not_found)');
    if (platform) {
      imply(operation, 401, 'No valid platform service token');
      imply(operation, 404, 'PLATFORM_SERVICE_TOKEN is not configured');
      if (operation.requestBody) imply(operation, 400, 'Validation failed (details lists the fields)');
    }
    imply(operation, 429, 'Too many authentication failures from this address or token, or the organization quota is used up (code rate_limited; Retry-After)');
    imply(operation, 503, 'The database is unavailable; retry after Retry-After seconds (code unavailable)');
  }
}

function imply(operation: OperationObject, status: number, description: string): void {
  operation.responses[String(status)] ??= { description, ...ERROR_BODY };
}
