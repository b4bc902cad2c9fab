import os from 'node:os';
import type { BenchOptions, ScenarioResult } from './scenarios/scenario';

export interface BenchReport {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string };
  options: BenchOptions;
  scenarios: ScenarioResult[];
  ratios: Record<string, number>;
}

export function buildReport(scenarios: ScenarioResult[], options: BenchOptions, postgres: string): BenchReport {
  const load = (id: string) => scenarios.find((s) => s.id === id && s.status === 'ok')?.load;
  const reference = load('reference-lookup');
  const app = load('users-filter-userName');
  const ratios: Record<string, number> = {};
  if (reference && app) {
    ratios.lookupThroughputAppToReference = app.requestsPerSecond / reference.requestsPerSecond;
    ratios.lookupP50AppToReference = app.p50Ms / reference.p50Ms;
    ratios.lookupP99AppToReference = app.p99Ms / reference.p99Ms;
  }
  const groups = scenarios.find((s) => s.id === 'groups-add-remove-member' && s.status === 'ok')?.figures;
  if (groups) {
    ratios.groupAddP50BigToSmall = groups.addRatioBigToSmallP50;
    ratios.groupRemoveP50BigToSmall = groups.removeRatioBigToSmallP50;
  }
  return {
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres },
    options,
    scenarios,
    ratios,
  };
}

const num = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits));

/** A plain-text table for the terminal and the README. */
export function formatReport(report: BenchReport): string {
  const { options } = report;
  const lines = [
    `SCIM benchmark — ${report.machine.cpus} CPU (${report.machine.cpuModel}), Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}`,
    `closed loop: ${options.concurrency} keep-alive connections, ${options.warmupMs / 1000} s warm-up + ${options.durationMs / 1000} s measured per row`,
    '',
    `${'Scenario'.padEnd(52)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
    '-'.repeat(79),
  ];
  for (const s of report.scenarios.filter((x) => x.load || x.status !== 'ok')) {
    if (s.load) lines.push(`${s.title.padEnd(52)} ${num(s.load.requestsPerSecond, 0).padStart(8)} ${num(s.load.p50Ms, 2).padStart(8)} ${num(s.load.p99Ms, 2).padStart(8)}`);
    else if (!s.figures) lines.push(`${s.title}\n    ${s.status.toUpperCase()}: ${s.note ?? ''}`);
  }
  const r = report.ratios;
  if (r.lookupThroughputAppToReference !== undefined) {
    lines.push('', `userName lookup, app / reference: throughput ${num(r.lookupThroughputAppToReference, 2)}×, p50 ${num(r.lookupP50AppToReference, 2)}×, p99 ${num(r.lookupP99AppToReference, 2)}×`);
  }
  const groups = report.scenarios.find((s) => s.id === 'groups-add-remove-member' && s.figures)?.figures;
  if (groups) {
    lines.push(
      '',
      `Group membership PATCH, sequential, ${groups.rounds} interleaved rounds (p50 / p99 ms):`,
      `  add    10 members ${num(groups.smallAddP50Ms, 2)} / ${num(groups.smallAddP99Ms, 2)}   100k members ${num(groups.bigAddP50Ms, 2)} / ${num(groups.bigAddP99Ms, 2)}   big/small p50 ${num(groups.addRatioBigToSmallP50, 2)}×`,
      `  remove 10 members ${num(groups.smallRemoveP50Ms, 2)} / ${num(groups.smallRemoveP99Ms, 2)}   100k members ${num(groups.bigRemoveP50Ms, 2)} / ${num(groups.bigRemoveP99Ms, 2)}   big/small p50 ${num(groups.removeRatioBigToSmallP50, 2)}×`,
      `  seeding: 100,200 users by SQL ${num(groups.seedUsersSeconds)} s, 100k-member group in one POST ${num(groups.createBigGroupSeconds)} s, outbox drained after it ${num(groups.drainAfterBigGroupSeconds)} s`,
    );
  }
  const roles = report.scenarios.find((s) => s.id === 'roles-recompute-50k' && s.figures)?.figures;
  if (roles) {
    lines.push(
      '',
      `Roles on a ${roles.members}-member group: PATCH answered in ${num(roles.patchMs)} ms, all roles recomputed and delivered in ${num(roles.totalSeconds)} s`,
      `  (${roles.usersPromoted} users became Admin, in ${roles.effectiveRoleChangedEvents} effective-role-changed events: ${num(roles.usersPerSecond, 0)} users/s)`,
    );
  }
  const mapping = report.scenarios.find((s) => s.id === 'mapping-approve-50k' && s.figures)?.figures;
  if (mapping) {
    lines.push(
      '',
      `Mapping approval of a ${mapping.members}-member group onto a new Team: approve answered in ${num(mapping.approveMs)} ms, all members assigned in ${num(mapping.totalSeconds)} s`,
      `  (${mapping.usersAssigned} SCIM team assignments written: ${num(mapping.usersPerSecond, 0)} users/s)`,
    );
  }
  for (const s of report.scenarios.filter((x) => x.figures && x.note)) lines.push(`  note: ${s.note}`);
  return lines.join('\n');
}
