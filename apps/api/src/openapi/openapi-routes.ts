import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';

const SWAGGER_UI_ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js'];
const CONTENT_TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'application/javascript; charset=utf-8' };

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>SCIM provisioning admin API</title><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/swagger-ui-standalone-preset.js"></script>
<script>window.onload = () => { window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#ui', presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout', persistAuthorization: true }); };</script>
</body>
</html>`;

/**
 * `/api/docs` (browsable UI) and `/api/docs/openapi.json`. The UI's assets come from the
 * swagger-ui-dist package (installed with @nestjs/swagger) and are served from memory.
 */
export function registerOpenApiRoutes(fastify: FastifyInstance, document: OpenAPIObject): void {
  const dist = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  const assets = new Map(SWAGGER_UI_ASSETS.map((file) => [file, readFileSync(path.join(dist, file))]));
  const json = JSON.stringify(document);
  fastify.get('/api/docs/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(json));
  fastify.get('/api/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  fastify.get('/api/docs/assets/:file', async (request, reply) => {
    const file = (request.params as { file: string }).file;
    const body = assets.get(file);
    if (!body) return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `No asset ${file}` });
    return reply.type(CONTENT_TYPES[path.extname(file)]).header('cache-control', 'public, max-age=86400').send(body);
  });
}
