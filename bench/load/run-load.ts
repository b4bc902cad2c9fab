import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadJob, LoadResult } from './load-job';

/** Plays a load job in a worker thread and hands back its raw per-request latencies. */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'load-worker.js'), { workerData: job });
    worker.once('message', (message: LoadResult | { error: string }) => {
      if ('error' in message) reject(new Error(`load worker: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with code ${code}`));
    });
  });
}
