import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface SpawnedEntry {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A TypeScript entry point of the app (main, cli, migrate) in its own process, as `npm start` would run it. */
export function spawnEntry(entry: string, env: Record<string, string>, args: string[] = []): SpawnedEntry {
  const child = spawn(process.execPath, [path.join(__dirname, 'run-ts.js'), entry, ...args], {
    cwd: path.resolve(__dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

export async function waitUntilServing(url: string, timeoutMs: number, entry: SpawnedEntry): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (entry.child.exitCode !== null) throw new Error(`process exited early: ${entry.output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not serving ${url} after ${timeoutMs} ms: ${entry.output()}`);
}
