import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@app/platform';
import { jsonLogger } from '../../api/src/json-logger';
import { shutdownWithin } from '../../api/src/shutdown';
import { createRolesService } from './create-roles-service';

async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(jsonLogger(config));
  const logger = new Logger('RolesService');
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL: the roles service runs against the api\'s database, it starts none');
  const app = await createRolesService(config, config.DATABASE_URL);
  const stop = async () => {
    const outcome = await shutdownWithin(config.SHUTDOWN_TIMEOUT_MS, () => app.close()).catch(() => 'failed' as const);
    process.exit(outcome === 'graceful' ? 0 : 1);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  logger.log(`roles service on ${config.NATS_URL}, stream ${config.NATS_STREAM}`);
}

main().catch((error: unknown) => {
  // eslint-disable-next-line no-console -- a bad setting fails before the JSON logger exists
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
