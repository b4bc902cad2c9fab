import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadJob, LoadResult } from './load-job';

/**
 * Closed-loop load: `concurrency` keep-alive connections, each sending its next request as soon as
 * the previous answer is fully read. It runs in a worker thread so the client's own work does not
 * sit on the event loop of the server it measures (both servers run in the main thread).
 */
async function run(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const url = new URL(job.origin);
  const latencies = new Float64Array(job.maxRequests).fill(Number.NaN);
  const result = { completed: 0, unexpected: 0, unexpectedSamples: [] as string[], socketErrors: 0, responseBytes: 0 };
  const expected = new Set(job.expectedStatus);
  const started = performance.now();
  const deadline = started + job.durationMs;
  let next = 0;

  const send = (index: number) =>
    new Promise<void>((resolve) => {
      const planned = job.requests[index % job.requests.length];
      const headers: Record<string, string | number> = { ...job.headers };
      if (planned.body !== undefined) headers['content-length'] = Buffer.byteLength(planned.body);
      const t0 = performance.now();
      const req = http.request(
        { agent, host: url.hostname, port: url.port, method: planned.method, path: planned.path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            latencies[index] = performance.now() - t0;
            result.completed++;
            for (const chunk of chunks) result.responseBytes += chunk.length;
            if (!expected.has(res.statusCode ?? 0)) {
              result.unexpected++;
              if (result.unexpectedSamples.length < 3) {
                result.unexpectedSamples.push(`${planned.method} ${planned.path} -> ${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 300)}`);
              }
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        result.socketErrors++;
        if (result.unexpectedSamples.length < 3) result.unexpectedSamples.push(`${planned.method} ${planned.path} -> ${error.message}`);
        resolve();
      });
      req.end(planned.body);
    });

  const connection = async () => {
    while (next < job.maxRequests && performance.now() < deadline) await send(next++);
  };
  await Promise.all(Array.from({ length: job.concurrency }, connection));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latenciesMs: latencies.slice(0, next), elapsedMs, ...result };
}

run(workerData as LoadJob).then(
  (result) => parentPort!.postMessage(result, [result.latenciesMs.buffer as ArrayBuffer]),
  (error: unknown) => parentPort!.postMessage({ error: String(error) }),
);
