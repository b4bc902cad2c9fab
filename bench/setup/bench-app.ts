import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig, loadConfig, OutboxRelay } from '@app/platform';
import { CreateOrganizationCommand, SetGroupProvisioningCommand } from '@app/tenancy';
import { createApp } from '../../apps/api/src/create-app';
import { freePort } from '@app/platform';

export interface BenchOrg {
  organizationId: string;
  scimToken: string;
}

/** The real application, booted as `npm start` boots it, listening on the loopback interface. */
export class BenchApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly origin: string,
  ) {}

  static async start(databaseUrl: string): Promise<BenchApp> {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    // The scale scenarios build 100,000-member groups in one request, above the default members limit.
    const config = loadConfig(process.env, { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: port, PUBLIC_BASE_URL: origin, SCIM_MAX_MEMBERS_PER_REQUEST: 100_000 });
    const app = await createApp(config, { clientUrl: databaseUrl, migrateOnStart: true });
    await app.listen(port, '127.0.0.1');
    return new BenchApp(app, config, origin);
  }

  async createOrg(name: string, groupProvisioning = false): Promise<BenchOrg> {
    const commands = this.app.get(CommandBus);
    const created = await commands.execute(new CreateOrganizationCommand(name));
    if (groupProvisioning) await commands.execute(new SetGroupProvisioningCommand(created.organizationId, true));
    await this.drain();
    return { organizationId: created.organizationId, scimToken: created.scimToken };
  }

  /** Waits until every outbox event, and whatever its handlers raised, has been delivered. */
  drain(timeoutMs?: number): Promise<void> {
    return this.app.get(OutboxRelay).drain(timeoutMs);
  }

  stop(): Promise<void> {
    return this.app.close();
  }
}
