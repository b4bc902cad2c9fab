import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../libs/platform/src';

/**
 * One real PostgreSQL for the whole run: DATABASE_URL's server when set, else a throwaway
 * embedded cluster. Each spec file then creates its own database on it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '';
    process.env.TEST_PG_SERVER_URL = url.toString().replace(/\/$/, '');
    return;
  }
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'scim-test-pg-')), 'data');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    // A throwaway cluster: durability buys nothing here and costs seconds per run.
    serverFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  });
  process.env.TEST_PG_SERVER_URL = server.serverUrl;
  (globalThis as Record<string, unknown>).__SCIM_TEST_PG__ = server;
  (globalThis as Record<string, unknown>).__SCIM_TEST_PG_DIR__ = dataDir;
}
