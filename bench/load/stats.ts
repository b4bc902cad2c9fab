import type { LoadResult } from './load-job';

export interface LatencySummary {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Mean body size of the answers. */
  bytesPerResponse?: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarizeLatencies(latenciesMs: ArrayLike<number>, elapsedMs?: number): LatencySummary {
  const values = Float64Array.from(Array.from(latenciesMs).filter((v) => !Number.isNaN(v))).sort();
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    requests: values.length,
    requestsPerSecond: elapsedMs ? (values.length / elapsedMs) * 1000 : Number.NaN,
    p50Ms: percentile(values, 50),
    p99Ms: percentile(values, 99),
    meanMs: values.length ? total / values.length : Number.NaN,
  };
}

export function summarize(result: LoadResult): LatencySummary {
  const summary = summarizeLatencies(result.latenciesMs, result.elapsedMs);
  return { ...summary, bytesPerResponse: summary.requests ? result.responseBytes / result.completed : 0 };
}
