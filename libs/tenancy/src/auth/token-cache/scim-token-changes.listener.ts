import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { SCIM_TOKEN_CHANGES_CHANNEL } from '../../tokens/scim-token-changes';
import { VerifiedTokenCache } from './verified-token-cache';

const MAX_RECONNECT_DELAY_MS = 30_000;
/** A connection can die without a word (a dropped NAT entry, a stalled proxy): ask it something now and then. */
const PING_INTERVAL_MS = 15_000;
const PING_TIMEOUT_MS = 5_000;
const LISTENER_APPLICATION_NAME = 'scim-token-changes-listener';

/**
 * One dedicated connection per process LISTENing for SCIM credential changes of any instance.
 * While it is down the cache is off (every request reads the database) and it reconnects with
 * back-off; after reconnecting the cache starts empty, since notifications may have been missed.
 */
@Injectable()
export class ScimTokenChangesListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScimTokenChangesListener.name);
  private client?: Client;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;
  private pingTimer?: NodeJS.Timeout;
  private failures = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly cache: VerifiedTokenCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    this.cache.disable();
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.orm.config.get('clientUrl'),
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', (message) => {
      if (message.channel === SCIM_TOKEN_CHANGES_CHANNEL && message.payload) this.cache.forgetOrganization(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${SCIM_TOKEN_CHANGES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.cache.enable();
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => void this.ping(client), PING_INTERVAL_MS);
    this.pingTimer.unref();
  }

  private async ping(client: Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([client.query('select 1'), timeout]);
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: Client, error?: Error): void {
    if (this.stopped || (this.client && this.client !== client)) return;
    this.client = undefined;
    clearInterval(this.pingTimer);
    this.cache.disable();
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.reconnectTimer) return;
    const delay = Math.min(250 * 2 ** this.failures++, MAX_RECONNECT_DELAY_MS);
    this.logger.warn(`SCIM token change listener disconnected${error ? ` (${error.message})` : ''}; token cache off, reconnecting in ${delay} ms`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }
}
