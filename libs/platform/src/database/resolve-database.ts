import { AppConfig } from '../config/app-config';
import { createDatabaseIfMissing, startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  clientUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'scim';

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function resolveDatabase(config: AppConfig, log?: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) {
    return { clientUrl: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, persistent: true, log });
  await createDatabaseIfMissing(server.serverUrl, EMBEDDED_DATABASE);
  return { clientUrl: `${server.serverUrl}/${EMBEDDED_DATABASE}`, embedded: true, stop: server.stop };
}
