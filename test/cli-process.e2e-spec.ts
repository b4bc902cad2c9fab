import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ScimClient, TestApp, uniqueEmail } from '@app/testing';
import { createTestDatabase, TestDatabase } from './support/test-database';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'scim-cli');

/** The CLI as the production image runs it: compiled JavaScript in its own process, no TypeScript compiler. */
describe('CLI as a process (bin/scim-cli, the production image command)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
    database = await createTestDatabase();
  }, 120_000);
  afterAll(() => database.drop());

  /** Only what the server would see too: no test-only variables leak in. */
  function cli(args: string[], env: Record<string, string>) {
    const { PATH, HOME } = process.env;
    return run(CLI, args, { cwd: ROOT, env: { PATH: PATH ?? '', HOME: HOME ?? '', DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...env } });
  }

  it('org:create prints a SCIM base URL built from PORT, and a token that works on the server', async () => {
    const { stdout } = await cli(['org:create', '--name', 'Process Acme'], { PORT: '4817' });
    const created = JSON.parse(stdout) as Record<string, string>;
    expect(created.scimBaseUrl).toBe('http://localhost:4817/scim/v2');
    const t = await TestApp.startOn({ ...database, drop: async () => undefined });
    try {
      expect((await new ScimClient(t, created.scimToken).post('/Users', { userName: uniqueEmail() })).status).toBe(201);
    } finally {
      await t.app.close();
    }
  });

  it('takes PUBLIC_BASE_URL like the server does', async () => {
    const { stdout } = await cli(['org:create', '--name', 'Public Acme'], { PORT: '4817', PUBLIC_BASE_URL: 'https://scim.acme.example/' });
    expect(JSON.parse(stdout).scimBaseUrl).toBe('https://scim.acme.example/scim/v2');
  });

  it('exits 2 with the usage on a missing flag', async () => {
    await expect(cli(['org:create'], {})).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--name is required') });
  });
});

describe('docker-compose', () => {
  it('requires ADMIN_JWT_SECRET instead of shipping a default', () => {
    const compose = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
    const line = compose.split('\n').find((l) => l.trim().startsWith('ADMIN_JWT_SECRET:'));
    expect(line).toMatch(/\$\{ADMIN_JWT_SECRET:\?[^}]+\}/);
  });
});
