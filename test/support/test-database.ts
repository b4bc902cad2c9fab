import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Refuses anything but a database created for tests: a spec must never touch real data. */
export function assertTestDatabase(name: string): void {
  if (!/^scim_test_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to use non-test database ${name}`);
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_PG_SERVER_URL;
  if (!url) throw new Error('TEST_PG_SERVER_URL is not set: run specs through jest (global-setup starts PostgreSQL)');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl()}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `scim_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(5).toString('hex')}`;
  assertTestDatabase(name);
  await admin((client) => client.query(`create database "${name}"`));
  return {
    name,
    url: `${serverUrl()}/${name}`,
    drop: () => admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}
