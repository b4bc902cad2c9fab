import type { PlannedRequest } from '../load/load-job';
import type { MemoryProbe } from '../setup/memory-probe';
import { benchUserName, seedUsers } from '../setup/seed-users';
import { BenchContext, measureThroughput, ScenarioResult, scimHeaders } from './scenario';
import { pingOneUser } from './user-scenarios';

const USERS = 2_000;
const ROUNDS = 3;

/**
 * The same mixed load (look-up, read by id, create) three times: the heap and RSS left after each
 * round, after a full GC, must not grow from one round to the next.
 */
export async function memoryScenario(ctx: BenchContext, probe: MemoryProbe, phasePeaks: Record<string, number>): Promise<ScenarioResult[]> {
  const org = await ctx.app.createOrg('Bench memory');
  const ids = await seedUsers(ctx.pool, org.organizationId, 'mem-', USERS);
  const app = { origin: ctx.app.origin, headers: scimHeaders(org) };
  const figures: Record<string, number> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    const requests = ids.flatMap((id, i): PlannedRequest[] => [
      { method: 'GET', path: `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${benchUserName('mem-', i + 1)}"`)}` },
      { method: 'GET', path: `/scim/v2/Users/${id}` },
      { method: 'POST', path: '/scim/v2/Users', body: JSON.stringify(pingOneUser(`mem-r${round}-${i}@bench.test`, `Round ${round}`)) },
    ]);
    await measureThroughput(ctx, app, { warmup: [], measured: requests, expectedStatus: [200, 201], cycle: false });
    await ctx.app.drain(120_000);
    const { rssMiB, heapMiB } = probe.settled();
    figures[`round${round}RssMiB`] = rssMiB;
    figures[`round${round}HeapMiB`] = heapMiB;
    ctx.log(`memory round ${round}: rss ${rssMiB.toFixed(0)} MiB, heap ${heapMiB.toFixed(0)} MiB`);
  }
  figures.peakRssMiB = probe.peakMiB;
  for (const [phase, peak] of Object.entries(phasePeaks)) figures[`peak:${phase}`] = peak;
  return [{ id: 'memory', title: `Server memory: peak RSS, and after each of ${ROUNDS} identical rounds`, status: 'ok', figures }];
}
