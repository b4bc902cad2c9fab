import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { assertDatabaseExists, InvalidConfigurationError } from '@app/platform';
import { TestApp } from '@app/testing';
import { spawnEntry } from './fault-injection/spawn-ts';
import { createTestDatabase } from './support/test-database';

const SERVER_URL = () => process.env.TEST_PG_SERVER_URL as string;

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: `${SERVER_URL()}/postgres` });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('DATABASE_URL must name an existing database', () => {
  it('a typo in the database name stops the server with a message naming DATABASE_URL, and creates nothing', async () => {
    const typo = `scim_test_typo_${randomBytes(4).toString('hex')}`;
    const server = spawnEntry('apps/api/src/main.ts', { DATABASE_URL: `${SERVER_URL()}/${typo}`, PORT: '0', LOG_LEVEL: 'warn' });
    const exit = await server.exited;
    expect(exit.code).toBe(1);
    expect(server.output()).toMatch(/DATABASE_URL names a database that does not exist/);
    expect(server.output()).toContain(typo);
    expect(server.output()).not.toContain('postgres:postgres');
    expect(await databaseExists(typo)).toBe(false);
  }, 120_000);

  it('the application itself never creates a missing database either', async () => {
    const typo = `scim_test_typo_${randomBytes(4).toString('hex')}`;
    await expect(TestApp.startOn({ name: typo, url: `${SERVER_URL()}/${typo}`, drop: async () => undefined })).rejects.toThrow(/does not exist/);
    expect(await databaseExists(typo)).toBe(false);
  });

  it.each([
    ['not a URL', 'not a url at all', /DATABASE_URL is not a valid URL/],
    ['another scheme', 'mysql://u:secret-password@localhost:3306/scim', /DATABASE_URL must start with postgres:\/\//],
    ['no database name', 'postgres://u:secret-password@localhost:5432', /DATABASE_URL must name a host and one database/],
    ['no host', 'postgres://u:secret-password@/scim', /DATABASE_URL/],
  ])('%s is refused with a message naming DATABASE_URL, without the password', async (_case, url, message) => {
    const error = await assertDatabaseExists(url, 1000).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(InvalidConfigurationError);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('secret-password');
  });

  it('an existing database is accepted', async () => {
    const database = await createTestDatabase();
    await expect(assertDatabaseExists(database.url, 5000)).resolves.toBeUndefined();
    await database.drop();
  });
});
