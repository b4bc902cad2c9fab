import 'reflect-metadata';
import { Pool } from 'pg';
import type { PlannedRequest } from './load/load-job';
import { runLoad } from './load/run-load';
import { summarize } from './load/stats';
import { PATCH_OP_SCHEMA, scimHeaders } from './scenarios/scenario';
import { pingOneUser } from './scenarios/user-scenarios';
import { BenchApp } from './setup/bench-app';
import { createBenchDatabase } from './setup/bench-database';
import { seedUsers } from './setup/seed-users';

/**
 * One hot path under load for a CPU profile: `node --cpu-prof dist/bench/profile.js <lookup|create|put|patch>`
 * (BENCH_DURATION_S seconds, default 15, 16 connections). Prints req/s; the profile lands in the cwd.
 */
async function main(): Promise<void> {
  const kind = process.argv[2] ?? 'create';
  const log = (line: string) => process.stderr.write(`[profile] ${line}\n`);
  const database = await createBenchDatabase(log);
  const app = await BenchApp.start(database.url);
  const pool = new Pool({ connectionString: database.url, max: 2 });
  try {
    const org = await app.createOrg('Profile');
    const ids = await seedUsers(pool, org.organizationId, 'p-', 5_000);
    const requests: PlannedRequest[] = ids.map((id, i) => {
      const userName = `p-${i + 1}@bench.test`;
      switch (kind) {
        case 'lookup':
          return { method: 'GET', path: `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}` };
        case 'put':
          return { method: 'PUT', path: `/scim/v2/Users/${id}`, body: JSON.stringify(pingOneUser(userName, `Changed ${i}`)) };
        case 'patch':
          return { method: 'PATCH', path: `/scim/v2/Users/${id}`, body: JSON.stringify({ schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] }) };
        default:
          return { method: 'POST', path: '/scim/v2/Users', body: JSON.stringify(pingOneUser(`new-${i}@bench.test`, `New ${i}`)) };
      }
    });
    const result = await runLoad({
      origin: app.origin,
      headers: scimHeaders(org),
      requests,
      concurrency: 16,
      durationMs: Number(process.env.BENCH_DURATION_S ?? 15) * 1000,
      maxRequests: requests.length,
      expectedStatus: [200, 201],
    });
    const summary = summarize(result);
    log(`${kind}: ${summary.requestsPerSecond.toFixed(0)} req/s, p50 ${summary.p50Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms, unexpected ${result.unexpected} ${result.unexpectedSamples.join(' | ')}`);
  } finally {
    await pool.end();
    await app.stop();
    await database.release();
  }
}

void main();
