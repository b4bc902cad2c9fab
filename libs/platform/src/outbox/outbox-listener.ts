import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { OUTBOX_CHANNEL } from './outbox-writer';

const RECONNECT_MS = 1000;

/**
 * Wakes the relay when any instance commits events (LISTEN on the channel the outbox writer
 * notifies). A lost connection only costs latency: the relay's poll keeps delivering meanwhile,
 * and every (re)connection triggers one delivery round for what was missed.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly wake: () => void,
  ) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString, keepAlive: true });
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.reconnect(client, error));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
      if (this.stopped) return void (await client.end());
      this.client = client;
      this.wake();
    } catch (error) {
      this.reconnect(client, error);
    }
  }

  private reconnect(client: Client, error?: unknown): void {
    if (this.stopped || (this.client && this.client !== client)) return;
    if (error) this.logger.warn(`outbox listener lost its connection: ${(error as Error).message}`);
    this.client = undefined;
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.retry.unref();
  }
}
