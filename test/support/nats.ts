import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { connect, headers } from 'nats';
import { freePort, OutboxRelay } from '@app/platform';
import type { TestApp } from './test-app';
import type { TestDatabase } from './test-database';

const DEFAULT_NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/**
 * Decided when the spec file loads (synchronously, so a spec can choose `describe.skip`): NATS is
 * usable if the configured server answers, or if `nats-server` is on the PATH to start one.
 */
export function natsAvailability(): { usable: true } | { usable: false; reason: string } {
  if (reachable(DEFAULT_NATS_URL)) return { usable: true };
  if (hasNatsServerBinary()) return { usable: true };
  return { usable: false, reason: `no NATS server at ${DEFAULT_NATS_URL} and no nats-server on the PATH` };
}

/** `describe`, or `describe.skip` with the reason printed, for specs that need NATS JetStream. */
export function describeWithNats(title: string, body: () => void): void {
  const availability = natsAvailability();
  if (availability.usable) return describe(title, body);
  // eslint-disable-next-line no-console -- the run must say why these specs did not run
  console.log(`NATS specs skipped (${title}): ${availability.reason}`);
  describe.skip(title, body);
}

export interface RunningNats {
  url: string;
  stop(): Promise<void>;
}

/** The configured NATS if it answers, else a throwaway `nats-server -js` on a free port and a temp store. */
export async function ensureNats(): Promise<RunningNats> {
  if (reachable(DEFAULT_NATS_URL)) return { url: DEFAULT_NATS_URL, stop: async () => undefined };
  return startNatsServer();
}

export function hasNatsServerBinary(): boolean {
  return spawnSync('nats-server', ['--version']).status === 0;
}

export interface PrivateNats extends RunningNats {
  /** Stops the server, keeping its JetStream store, as an outage would. */
  pause(): Promise<void>;
  /** Starts it again on the same port and store. */
  resume(): Promise<void>;
}

/** A `nats-server -js` of the spec's own on a free port and a temp store dir. */
export async function startNatsServer(): Promise<PrivateNats> {
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'nats-js-'));
  const url = `nats://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  const resume = async () => {
    server = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', store], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !reachable(url); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const pause = async () => {
    const running = server;
    server = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await exited;
  };
  await resume();
  return {
    url,
    pause,
    resume,
    stop: async () => {
      await pause();
      rmSync(store, { recursive: true, force: true });
    },
  };
}

/** Stream and subjects of one spec run, so parallel or repeated runs never share consumers. */
export function natsEnv(url: string): Record<string, string> {
  const run = randomUUID().replace(/-/g, '').slice(0, 12);
  return { EVENT_TRANSPORT: 'nats', NATS_URL: url, NATS_STREAM: `SPEC_${run}`, NATS_SUBJECT_PREFIX: `spec${run}` };
}

/** Removes a spec run's stream (and with it its consumers). */
export async function deleteStream(url: string, stream: string): Promise<void> {
  const nc = await connect({ servers: url });
  try {
    await (await nc.jetstreamManager()).streams.delete(stream).catch(() => undefined);
  } finally {
    await nc.close();
  }
}

/** Every consumer of the stream has nothing pending and nothing unacknowledged. */
export async function consumersIdle(url: string, stream: string): Promise<boolean> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    for await (const consumer of jsm.consumers.list(stream)) if (consumer.num_pending > 0 || consumer.num_ack_pending > 0) return false;
    return true;
  } finally {
    await nc.close();
  }
}

/**
 * Waits until the split layout is quiet twice in a row: the api's outbox published, every module's
 * consumer caught up, and whatever that raised published and consumed too.
 */
export async function settleSplitLayout(api: TestApp, natsUrl: string, stream: string): Promise<void> {
  for (let idle = 0, round = 0; idle < 2; round++) {
    if (round > 600) throw new Error('split layout did not settle');
    await api.drain();
    const quiet = (await consumersIdle(natsUrl, stream)) && (await api.app.get(OutboxRelay).pendingCount()) === 0;
    idle = quiet ? idle + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The roles service in a module registry of its own (its own Nest, buses and event classes), as
 * in a separate process; it shares only the database and NATS with the api.
 */
export async function startRolesService(database: TestDatabase, env: Record<string, string>): Promise<INestApplicationContext> {
  let started: INestApplicationContext | undefined;
  await jest.isolateModulesAsync(async () => {
    const { loadConfig } = jest.requireActual<typeof import('@app/platform')>('@app/platform');
    const { createRolesService } = jest.requireActual<typeof import('../../apps/roles-service/src/create-roles-service')>('../../apps/roles-service/src/create-roles-service');
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '200', ...env }, { DATABASE_URL: database.url });
    started = await createRolesService(config, database.url);
  });
  return started!;
}

function reachable(url: string): boolean {
  const { hostname, port } = new URL(url.replace(/^nats:/, 'http:'));
  const probe = `require('net').connect(${Number(port || 4222)}, ${JSON.stringify(hostname)}).on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

/** Every message of the stream whose subject starts with `subjectPrefix`, in order (read one by one: servers before 2.10 filter one subject per consumer). */
export async function readStream(url: string, stream: string, subjectPrefix: string): Promise<{ subject: string; payload: unknown }[]> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    const { state } = await jsm.streams.info(stream);
    const read: { subject: string; payload: unknown }[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(stream, { seq }).catch(() => undefined);
      if (message?.subject.startsWith(subjectPrefix)) read.push({ subject: message.subject, payload: message.json() });
    }
    return read;
  } finally {
    await nc.close();
  }
}

export interface OutboxEventCopy {
  type: string;
  eventId: string;
  organizationId: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
}

/** Publishes an event as the relay does, under a fresh JetStream message id: what a redelivery looks like to a consumer. */
export async function publishCopy(url: string, subjectPrefix: string, event: OutboxEventCopy): Promise<void> {
  const nc = await connect({ servers: url });
  try {
    const h = headers();
    h.set('event-id', event.eventId);
    h.set('event-type', event.type);
    h.set('organization-id', event.organizationId);
    h.set('aggregate-type', event.aggregateType);
    h.set('aggregate-id', event.aggregateId);
    await nc.jetstream().publish(`${subjectPrefix}.events.${event.type}`, new TextEncoder().encode(JSON.stringify(event.payload)), { headers: h, msgID: randomUUID() });
  } finally {
    await nc.close();
  }
}
