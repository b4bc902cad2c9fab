import type { Pool } from 'pg';
import type { PlannedRequest } from '../load/load-job';
import { runLoad } from '../load/run-load';
import { LatencySummary, summarize } from '../load/stats';
import type { BenchApp, BenchOrg } from '../setup/bench-app';

export interface BenchOptions {
  /** Connections the closed-loop load keeps busy. */
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface BenchContext {
  app: BenchApp;
  /** A direct pool on the same database: seeding and reading the outbox, never the measured path. */
  pool: Pool;
  databaseUrl: string;
  options: BenchOptions;
  log(line: string): void;
}

export interface ScenarioResult {
  id: string;
  title: string;
  status: 'ok' | 'skipped' | 'failed';
  load?: LatencySummary;
  /** Id of the reference row this one is compared with (throughput ratio app / reference). */
  referenceId?: string;
  /** Named figures of scenarios that are not a throughput run (seconds, ratios, counts). */
  figures?: Record<string, number>;
  note?: string;
}

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export function scimHeaders(org: BenchOrg): Record<string, string> {
  return { authorization: `Bearer ${org.scimToken}`, 'content-type': SCIM_CONTENT_TYPE, accept: SCIM_CONTENT_TYPE };
}

/** Warm-up then a measured closed-loop run of the same kind of request; any unexpected answer fails it. */
export async function measureThroughput(
  ctx: BenchContext,
  target: { origin: string; headers: Record<string, string> },
  plan: { warmup: PlannedRequest[]; measured: PlannedRequest[]; expectedStatus: number[]; cycle?: boolean },
): Promise<LatencySummary & { warmupRequests: number }> {
  const base = { ...target, concurrency: ctx.options.concurrency, expectedStatus: plan.expectedStatus };
  const cap = (requests: PlannedRequest[]) => (plan.cycle === false ? requests.length : 1_000_000);
  const warm = await runLoad({ ...base, requests: plan.warmup, durationMs: ctx.options.warmupMs, maxRequests: cap(plan.warmup) });
  assertClean(warm);
  const run = await runLoad({ ...base, requests: plan.measured, durationMs: ctx.options.durationMs, maxRequests: cap(plan.measured) });
  assertClean(run);
  return { ...summarize(run), warmupRequests: warm.completed };
}

/** The same plan against the bare reference server and the app, one after the other under the same load. */
export async function compareWithReference(
  ctx: BenchContext,
  targets: { reference: { origin: string }; app: { origin: string; headers: Record<string, string> } },
  row: { id: string; title: string },
  plans: { reference: Parameters<typeof measureThroughput>[2]; app: Parameters<typeof measureThroughput>[2] },
): Promise<ScenarioResult[]> {
  const reference = await measureThroughput(ctx, { origin: targets.reference.origin, headers: { 'content-type': SCIM_CONTENT_TYPE } }, plans.reference);
  const app = await measureThroughput(ctx, targets.app, plans.app);
  ctx.log(`${row.title}: ${app.requestsPerSecond.toFixed(0)} req/s, reference ${reference.requestsPerSecond.toFixed(0)} req/s`);
  return [
    { id: `reference-${row.id}`, title: `  reference: ${row.title}`, status: 'ok', load: reference },
    { id: row.id, title: row.title, status: 'ok', load: app, referenceId: `reference-${row.id}` },
  ];
}

export function assertClean(result: { unexpected: number; socketErrors: number; unexpectedSamples: string[]; completed: number }): void {
  if (result.unexpected > 0 || result.socketErrors > 0) {
    throw new Error(`${result.unexpected} unexpected answers, ${result.socketErrors} socket errors of ${result.completed}: ${result.unexpectedSamples.join(' | ')}`);
  }
}

/** The same pseudo-random order on every run, so the reference and the app read the same users. */
export function shuffled<T>(items: readonly T[], seed = 42): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One SCIM call outside the measured load (seeding, setting roles), through the real HTTP API. */
/** A SCIM response body as the benchmark reads it: the few fields it checks, plus anything else. */
export interface ScimJson {
  id?: string;
  [attribute: string]: unknown;
}

export async function scimCall(ctx: BenchContext, org: BenchOrg, method: string, path: string, body?: unknown): Promise<{ status: number; json: ScimJson }> {
  const response = await fetch(`${ctx.app.origin}${path}`, { method, headers: scimHeaders(org), body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json: json as ScimJson };
}
