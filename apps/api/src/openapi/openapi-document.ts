import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

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
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  document.paths = Object.fromEntries(
    Object.entries(document.paths)
      .filter(([path]) => DOCUMENTED.test(path))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return document;
}
