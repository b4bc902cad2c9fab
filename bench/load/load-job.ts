/** One HTTP request the load generator plays; plain data so it crosses into the worker thread. */
export interface PlannedRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: string;
}

export interface LoadJob {
  /** `http://127.0.0.1:<port>`: the load never leaves the loopback interface. */
  origin: string;
  headers: Record<string, string>;
  /** Played in order, cycling; request `i` is `requests[i % requests.length]`. */
  requests: PlannedRequest[];
  concurrency: number;
  /** No new request starts after this long. */
  durationMs: number;
  /** Nor after this many. */
  maxRequests: number;
  expectedStatus: number[];
}

export interface LoadResult {
  /** Latency of request `i` in ms, in issue order (NaN for a request that failed at the socket). */
  latenciesMs: Float64Array;
  elapsedMs: number;
  completed: number;
  /** Answers whose status was not expected, with the first few bodies to say why. */
  unexpected: number;
  unexpectedSamples: string[];
  socketErrors: number;
  /** Body bytes of every answer, added up. */
  responseBytes: number;
}
