import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { connect, JetStreamClient, JetStreamManager, nanos, NatsConnection, RetentionPolicy, StorageType } from 'nats';
import { AppConfig } from '../config/app-config';
import { NatsSubjects } from './nats-subjects';

/** Messages are kept a week: a consumer down longer than that misses events. The inbox keeps its rows a day more. */
export const STREAM_RETENTION_MS = 7 * 24 * 3600 * 1000;

/**
 * One NATS connection per process, reconnecting forever: while NATS is down the outbox keeps the
 * events (the relay does not claim) and consumers wait; both resume on their own once it is back.
 */
@Injectable()
export class NatsConnectionHolder implements OnApplicationShutdown {
  private readonly logger = new Logger(NatsConnectionHolder.name);
  private connecting?: Promise<NatsConnection>;
  private streamReady?: Promise<void>;
  readonly subjects: NatsSubjects;

  constructor(private readonly config: AppConfig) {
    this.subjects = NatsSubjects.of(config);
  }

  connection(): Promise<NatsConnection> {
    this.connecting ??= connect({
      servers: this.config.NATS_URL,
      name: 'scim-provisioning',
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      waitOnFirstConnect: true,
    }).then((nc) => {
      this.nc = nc;
      this.up = true;
      void this.watch(nc);
      return nc;
    });
    return this.connecting;
  }

  /** False while disconnected, so the relay leaves events in the outbox instead of spending attempts. */
  get connected(): boolean {
    if (!this.connecting) void this.connection().catch(() => undefined);
    return this.up;
  }

  private up = false;
  private nc?: NatsConnection;

  async jetstream(): Promise<{ js: JetStreamClient; jsm: JetStreamManager }> {
    const nc = await this.connection();
    const jsm = await nc.jetstreamManager();
    this.streamReady ??= this.ensureStream(jsm).catch((error: unknown) => {
      this.streamReady = undefined;
      throw error;
    });
    await this.streamReady;
    return { js: nc.jetstream(), jsm };
  }

  /** A connection still waiting for its first server is not waited for: there is nothing to flush. */
  async onApplicationShutdown(): Promise<void> {
    await this.nc?.drain().catch(() => undefined);
  }

  private async ensureStream(jsm: JetStreamManager): Promise<void> {
    const name = this.config.NATS_STREAM;
    const subjects = this.subjects.streamSubjects();
    const max_age = nanos(STREAM_RETENTION_MS);
    try {
      await jsm.streams.info(name);
      await jsm.streams.update(name, { subjects, max_age });
    } catch {
      // Limits retention: every module's consumer reads the same messages; a two-minute
      // de-duplication window absorbs a relay's re-publish after a crash before it recorded the ack.
      await jsm.streams.add({ name, subjects, max_age, retention: RetentionPolicy.Limits, storage: StorageType.File, duplicate_window: nanos(120_000) });
    }
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') this.up = false;
      if (status.type === 'reconnect') this.up = true;
      if (status.type === 'disconnect' || status.type === 'reconnect') this.logger.warn(`NATS ${status.type}`);
    }
  }
}
