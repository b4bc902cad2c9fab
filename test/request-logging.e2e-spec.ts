import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CommandBus } from '@nestjs/cqrs';
import request from 'supertest';
import { loadConfig } from '@app/platform';
import { CreateOrganizationCommand } from '@app/tenancy';
import { createApp } from '../apps/api/src/create-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface LogLine {
  level: number;
  reqId?: string;
  msg?: string;
  [key: string]: unknown;
}

/** The real application logging at LOG_LEVEL=info into memory instead of stdout. */
async function startLogging(database: TestDatabase, env: Record<string, string>) {
  let text = '';
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'info', ...env }, { DATABASE_URL: database.url, PUBLIC_BASE_URL: 'http://scim.test' });
  const app: NestFastifyApplication = await createApp(config, {
    clientUrl: database.url,
    migrateOnStart: true,
    logSink: (chunk, done) => {
      text += chunk;
      done();
    },
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const created = await app.get(CommandBus).execute(new CreateOrganizationCommand('Logging org'));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const linesOf = async (requestId: string): Promise<LogLine[]> => {
    await settle();
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.reqId === requestId);
  };
  return { app, token: created.scimToken as string, linesOf, raw: () => text };
}

describe('request logging', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('writes one line per request, without the query string or any header', async () => {
    const { app, token, linesOf, raw } = await startLogging(database, {});
    try {
      const response = await request(app.getHttpServer())
        .get(`/scim/v2/Users?filter=${encodeURIComponent('userName eq "private.person@example.com"')}`)
        .set('authorization', `Bearer ${token}`)
        .set('cookie', 'session=cookie-secret-value');
      expect(response.status).toBe(200);
      const lines = await linesOf(response.headers['x-request-id']);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 30, msg: 'request', method: 'GET', path: '/scim/v2/Users', route: '/scim/v2/Users', status: 200 });
      expect(raw()).not.toContain('private.person');
      expect(raw()).not.toContain(token);
      expect(raw()).not.toContain('cookie-secret-value');
      expect(raw().toLowerCase()).not.toContain('authorization');
    } finally {
      await app.close();
    }
  });

  it('with LOG_REQUESTS=debug, successful requests leave no line and rejected ones still do', async () => {
    const { app, token, linesOf } = await startLogging(database, { LOG_REQUESTS: 'debug' });
    try {
      const ok = await request(app.getHttpServer()).get('/scim/v2/Users').set('authorization', `Bearer ${token}`);
      expect(ok.status).toBe(200);
      expect(await linesOf(ok.headers['x-request-id'])).toHaveLength(0);
      const rejected = await request(app.getHttpServer()).get('/scim/v2/Users?secret=query-value').set('authorization', 'Bearer not-a-token');
      expect(rejected.status).toBe(401);
      const lines = await linesOf(rejected.headers['x-request-id']);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 40, path: '/scim/v2/Users', status: 401 });
      expect(JSON.stringify(lines[0])).not.toContain('query-value');
    } finally {
      await app.close();
    }
  });
});
