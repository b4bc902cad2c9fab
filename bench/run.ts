import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Pool } from 'pg';
import { buildReport, formatReport } from './report';
import { groupScenarios, GroupOrg } from './scenarios/group-scenarios';
import { mappingScenarios } from './scenarios/mapping-scenarios';
import { memoryScenario } from './scenarios/memory-scenario';
import { roleScenarios } from './scenarios/role-scenarios';
import { BenchContext, BenchOptions, ScenarioResult } from './scenarios/scenario';
import { syncScenario } from './scenarios/sync-scenario';
import { userScenarios } from './scenarios/user-scenarios';
import { BenchApp } from './setup/bench-app';
import { BenchDatabase, createBenchDatabase } from './setup/bench-database';
import { MemoryProbe } from './setup/memory-probe';

const RESULTS_FILE = path.resolve(__dirname, '../../bench/results.json');

function options(): BenchOptions {
  const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback) * 1000;
  return {
    concurrency: Number(process.env.BENCH_CONCURRENCY ?? 16),
    warmupMs: seconds('BENCH_WARMUP_S', 2),
    durationMs: seconds('BENCH_DURATION_S', 6),
  };
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const probe = new MemoryProbe();
/** Peak RSS of each group of scenarios, in MiB. */
const phasePeaks: Record<string, number> = {};

/** Runs one group of scenarios; a failure is recorded and the next group still runs. */
async function attempt(id: string, work: () => Promise<ScenarioResult[]>): Promise<ScenarioResult[]> {
  const only = process.env.BENCH_ONLY?.split(',');
  if (only && !only.includes(id)) return [];
  probe.takePhasePeak();
  try {
    return await work();
  } catch (error) {
    log(`${id} failed: ${(error as Error).stack ?? error}`);
    return [{ id, title: id, status: 'failed', note: (error as Error).message.slice(0, 500) }];
  } finally {
    phasePeaks[id] = probe.takePhasePeak();
  }
}

async function main(): Promise<number> {
  const stack: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    while (stack.length) await stack.pop()!().catch((e: unknown) => log(`cleanup: ${String(e)}`));
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = performance.now();
  try {
    const database: BenchDatabase = await createBenchDatabase(log);
    stack.push(() => database.release());
    const app = await BenchApp.start(database.url);
    stack.push(() => app.stop());
    const pool = new Pool({ connectionString: database.url, max: 2 });
    stack.push(() => pool.end());
    const ctx: BenchContext = { app, pool, databaseUrl: database.url, options: options(), log };
    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
    log(`app on ${app.origin}, PostgreSQL ${rows[0].v} (${database.server})`);

    const scenarios: ScenarioResult[] = [];
    scenarios.push(...(await attempt('users', () => userScenarios(ctx))));
    let groupOrg: GroupOrg | undefined;
    scenarios.push(
      ...(await attempt('groups', async () => {
        const outcome = await groupScenarios(ctx);
        groupOrg = outcome.groupOrg;
        return outcome.results;
      })),
    );
    scenarios.push(...(await attempt('roles', () => roleScenarios(ctx, groupOrg))));
    scenarios.push(...(await attempt('mappings', () => mappingScenarios(ctx, groupOrg))));
    scenarios.push(...(await attempt('sync', () => syncScenario(ctx))));
    scenarios.push(...(await attempt('memory', () => memoryScenario(ctx, probe, phasePeaks))));
    log(`whole run: ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const report = buildReport(scenarios, ctx.options, `${rows[0].v} (${database.server})`);
    await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\n${formatReport(report)}\n\nwritten ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
    return scenarios.some((s) => s.status === 'failed') ? 1 : 0;
  } finally {
    probe.stop();
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
