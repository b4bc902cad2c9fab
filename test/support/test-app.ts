import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import request from 'supertest';
import { AppConfig, loadConfig, OutboxRelay } from '@app/platform';
import { AdminTokenIssuer, CreateOrganizationCommand } from '@app/tenancy';
import { createApp } from '../../apps/api/src/create-app';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_BASE_URL = 'http://scim.test';
export const PLATFORM_SERVICE_TOKEN = 'platform-service-token-for-tests-0123456789';

export interface TestOrg {
  organizationId: string;
  scimToken: string;
  adminToken: string;
}

/** The real application (Fastify, guards, filters, PostgreSQL) on a database of its own. */
export class TestApp {
  private orgCounter = 0;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly database: TestDatabase,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    return TestApp.startOn(await createTestDatabase(), env);
  }

  /** A second application on an existing database, e.g. a restart after `app.close()` (a crash before delivery). */
  static async startOn(database: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
    const config = loadConfig(
      // Specs send bad credentials on purpose from one address; the rate-limit spec turns the limit on itself.
      { ...process.env, LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '200', RATE_LIMIT_AUTH_FAILURES: '0', ...env },
      { DATABASE_URL: database.url, PUBLIC_BASE_URL: TEST_BASE_URL, PLATFORM_SERVICE_TOKEN },
    );
    const app = await createApp(config, { clientUrl: database.url, migrateOnStart: true });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, config, database);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  get commands(): CommandBus {
    return this.app.get(CommandBus);
  }

  get queries(): QueryBus {
    return this.app.get(QueryBus);
  }

  /** Waits until every outbox event (and whatever its handlers raised) has been delivered. */
  drain(): Promise<void> {
    return this.app.get(OutboxRelay).drain();
  }

  async createOrg(name = `Org ${++this.orgCounter}`): Promise<TestOrg> {
    const created = await this.commands.execute(new CreateOrganizationCommand(name));
    await this.drain();
    return { organizationId: created.organizationId, scimToken: created.scimToken, adminToken: this.app.get(AdminTokenIssuer).issue(created.organizationId) };
  }

  adminToken(organizationId: string, role: 'Admin' | 'User' | 'Guest' = 'Admin'): string {
    return this.app.get(AdminTokenIssuer).issue(organizationId, { role });
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}
