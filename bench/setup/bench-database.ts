import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '@app/platform';
import { freePort } from '@app/platform';

export interface BenchDatabase {
  /** URL of a database created for this run. */
  url: string;
  /** `DATABASE_URL`'s server, or an embedded cluster in a temp dir. */
  server: string;
  /** Drops the database (external server) or stops the cluster and removes its directory (embedded). */
  release(): Promise<void>;
}

/**
 * A fresh database for one run: on DATABASE_URL's server when set, else on a throwaway embedded
 * PostgreSQL started exactly as the app and the tests start it. fsync is off there because the
 * cluster dies with the run; an external server keeps whatever durability it is configured with.
 */
export async function createBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const name = `scim_bench_${randomBytes(4).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '';
    const serverUrl = url.toString().replace(/\/$/, '');
    await createDatabaseIfMissing(serverUrl, name);
    log(`database ${name} on DATABASE_URL's server`);
    return { url: `${serverUrl}/${name}`, server: 'DATABASE_URL', release: () => dropDatabase(serverUrl, name) };
  }
  const root = await mkdtemp(path.join(tmpdir(), 'scim-bench-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(root, 'data'),
    port: await freePort(),
    persistent: false,
    serverFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  });
  await createDatabaseIfMissing(server.serverUrl, name);
  log(`embedded PostgreSQL in ${root}`);
  return {
    url: `${server.serverUrl}/${name}`,
    server: 'embedded (fsync off)',
    release: async () => {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
