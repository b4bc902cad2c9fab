import os from 'node:os';
import type { BenchOptions, ScenarioResult } from './scenarios/scenario';

export interface BenchReport {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string };
  options: BenchOptions;
  scenarios: ScenarioResult[];
  /** Throughput app / reference, per app scenario compared with one. */
  ratios: Record<string, number>;
}

export function buildReport(scenarios: ScenarioResult[], options: BenchOptions, postgres: string): BenchReport {
  const ratios: Record<string, number> = {};
  for (const s of scenarios) {
    const reference = scenarios.find((r) => r.id === s.referenceId)?.load;
    if (s.load && reference) ratios[s.id] = s.load.requestsPerSecond / reference.requestsPerSecond;
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
const TITLE = 52;

/** A plain-text table for the terminal and the README. */
export function formatReport(report: BenchReport): string {
  const { options } = report;
  const lines = [
    `SCIM benchmark — ${report.generatedAt.slice(0, 16)}Z, ${report.machine.cpus} CPU (${report.machine.cpuModel}), Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}`,
    `closed loop: ${options.concurrency} keep-alive connections, ${options.warmupMs / 1000} s warm-up + ${options.durationMs / 1000} s measured per row; ×ref = app req/s / reference req/s`,
    '',
    `${'Scenario'.padEnd(TITLE)} ${'req/s'.padStart(7)} ${'×ref'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'bytes'.padStart(8)}`,
    '-'.repeat(TITLE + 40),
  ];
  for (const s of report.scenarios.filter((x) => x.load || x.status !== 'ok')) {
    if (s.load) {
      const ratio = report.ratios[s.id];
      lines.push(
        `${s.title.padEnd(TITLE)} ${num(s.load.requestsPerSecond, 0).padStart(7)} ${(ratio === undefined ? '' : `${num(ratio, 2)}×`).padStart(6)} ${num(s.load.p50Ms, 2).padStart(7)} ${num(s.load.p99Ms, 2).padStart(7)} ${num(s.load.bytesPerResponse, 0).padStart(8)}`,
      );
    } else if (!s.figures) lines.push(`${s.title}\n    ${s.status.toUpperCase()}: ${s.note ?? ''}`);
  }
  const figures = (id: string) => report.scenarios.find((s) => s.id === id && s.figures)?.figures;
  const groups = figures('groups-big-vs-small');
  if (groups) {
    lines.push(
      '',
      `Member PATCH, 100k-member group / 10-member group (IdP bodies, no excludedAttributes):`,
      `  add    throughput ${num(groups.addThroughputBigToSmall, 2)}×, p50 ${num(groups.addP50BigToSmall, 2)}×`,
      `  remove throughput ${num(groups.removeThroughputBigToSmall, 2)}×, p50 ${num(groups.removeP50BigToSmall, 2)}×`,
      `  seeding: users by SQL ${num(groups.seedUsersSeconds)} s, 100k-member group in one POST ${num(groups.createBigGroupSeconds)} s, outbox drained after it ${num(groups.drainAfterBigGroupSeconds)} s`,
    );
  }
  const roles = figures('roles-recompute-50k');
  if (roles) {
    lines.push(
      '',
      `Roles on a ${roles.members}-member group: PATCH answered in ${num(roles.patchMs)} ms, all roles recomputed and delivered in ${num(roles.totalSeconds)} s`,
      `  (${roles.usersPromoted} users became Admin, in ${roles.effectiveRoleChangedEvents} effective-role-changed events: ${num(roles.usersPerSecond, 0)} users/s)`,
    );
  }
  const mapping = figures('mapping-approve-50k');
  if (mapping) {
    lines.push(
      '',
      `Mapping approval of a ${mapping.members}-member group onto a new Team: approve answered in ${num(mapping.approveMs)} ms, all members assigned in ${num(mapping.totalSeconds)} s`,
      `  (${mapping.usersAssigned} SCIM team assignments written: ${num(mapping.usersPerSecond, 0)} users/s)`,
    );
  }
  const sync = figures('idp-full-sync');
  if (sync) {
    const title = report.scenarios.find((s) => s.id === 'idp-full-sync')!.title;
    lines.push(
      '',
      `${title}: converged and outbox empty in ${num(sync.totalSeconds)} s`,
      `  (users looked up and created by ${num(sync.usersSeconds)} s, all ${sync.requests} requests answered by ${num(sync.pushedSeconds)} s; ${sync.memberships} memberships, ${sync.assignments} team assignments)`,
    );
  }
  const memory = figures('memory');
  if (memory) {
    const rounds = Object.keys(memory).filter((k) => /^round\dRssMiB$/.test(k)).length;
    const after = (kind: string) => Array.from({ length: rounds }, (_, i) => num(memory[`round${i + 1}${kind}MiB`], 0)).join(' / ');
    lines.push(
      '',
      `Server memory (bench process: app + reference servers): peak RSS ${num(memory.peakRssMiB, 0)} MiB`,
      `  peak per phase: ${Object.keys(memory).filter((k) => k.startsWith('peak:')).map((k) => `${k.slice(5)} ${num(memory[k], 0)} MiB`).join(', ')}`,
      `  after each of ${rounds} identical mixed rounds, after GC: RSS ${after('Rss')} MiB, heap ${after('Heap')} MiB`,
    );
  }
  for (const s of report.scenarios.filter((x) => x.figures && x.note)) lines.push(`  note: ${s.note}`);
  return lines.join('\n');
}
