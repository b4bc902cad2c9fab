import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig, resolveDatabase } from '@app/platform';
import { createApp, jsonLogger } from './create-app';
import { shutdownWithin } from './shutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(jsonLogger(config));
  const logger = new Logger('Bootstrap');
  const database = await resolveDatabase(config);
  if (database.embedded) logger.log(`DATABASE_URL is not set: using embedded PostgreSQL in ${config.EMBEDDED_PG_DIR}`);
  if (config.usesDevAdminSecret) logger.warn('ADMIN_JWT_SECRET is not set: using the development secret (refused in production)');
  const app = await createApp(config, { clientUrl: database.clientUrl, migrateOnStart: true });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down within ${config.SHUTDOWN_TIMEOUT_MS} ms`);
    const outcome = await shutdownWithin(config.SHUTDOWN_TIMEOUT_MS, async () => {
      await app.close();
      await database.stop();
    }).catch((error: unknown) => {
      logger.error(`shutdown failed: ${(error as Error).message}`);
      return 'failed' as const;
    });
    if (outcome === 'deadline') logger.warn(`shutdown did not finish within SHUTDOWN_TIMEOUT_MS=${config.SHUTDOWN_TIMEOUT_MS}: exiting anyway`);
    process.exit(outcome === 'graceful' ? 0 : 1);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  await app.listen(config.PORT, config.HOST);
  logger.log(`SCIM 2.0 endpoint: ${config.scimBaseUrl}   admin API: ${config.publicBaseUrl}/api/v1`);
}

main().catch((error: unknown) => {
  // eslint-disable-next-line no-console -- a bad setting fails before the JSON logger exists; stderr must still say why the process stopped
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
