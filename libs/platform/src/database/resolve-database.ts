import { Client } from 'pg';
import { AppConfig, InvalidConfigurationError } from '../config/app-config';
import { createDatabaseIfMissing, startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  clientUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'scim';
const URL_SHAPE = 'postgres://user:password@host:port/database';
const UNDEFINED_DATABASE = '3D000';

export function isMissingDatabase(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === UNDEFINED_DATABASE;
}

export function missingDatabaseError(value: string): InvalidConfigurationError {
  return new InvalidConfigurationError(
    `DATABASE_URL names a database that does not exist (${describe(new URL(value))}): create it first; only the embedded PostgreSQL (DATABASE_URL unset) creates its own database`,
  );
}

/** The URL as it may be printed: host, port and database, never the credentials. */
function describe(url: URL): string {
  return `${url.hostname}:${url.port || '5432'}/${decodeURIComponent(url.pathname.slice(1))}`;
}

/** A DATABASE_URL that parses, speaks PostgreSQL and names one database. */
export function parseDatabaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidConfigurationError(`DATABASE_URL is not a valid URL: expected ${URL_SHAPE}`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new InvalidConfigurationError(`DATABASE_URL must start with postgres:// (got ${url.protocol}//…): expected ${URL_SHAPE}`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database || database.includes('/')) {
    throw new InvalidConfigurationError(`DATABASE_URL must name a host and one database: expected ${URL_SHAPE}`);
  }
  return url;
}

/**
 * Connects once to the named database. A missing database is an operator's typo, never something to
 * create: serving a fresh empty database would answer every IdP with 401 and look healthy.
 */
export async function assertDatabaseExists(value: string, connectTimeoutMs: number): Promise<void> {
  const url = parseDatabaseUrl(value);
  const client = new Client({ connectionString: value, connectionTimeoutMillis: connectTimeoutMs });
  try {
    await client.connect();
  } catch (error) {
    if (isMissingDatabase(error)) throw missingDatabaseError(value);
    throw new InvalidConfigurationError(`DATABASE_URL: cannot connect to ${describe(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function resolveDatabase(config: AppConfig, log?: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) {
    await assertDatabaseExists(config.DATABASE_URL, config.DB_CONNECT_TIMEOUT_MS);
    return { clientUrl: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, persistent: true, log });
  await createDatabaseIfMissing(server.serverUrl, EMBEDDED_DATABASE);
  return { clientUrl: `${server.serverUrl}/${EMBEDDED_DATABASE}`, embedded: true, stop: server.stop };
}
