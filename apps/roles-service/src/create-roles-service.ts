import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, BusBridge, InvalidConfigurationError } from '@app/platform';
import { jsonLogger } from '../../api/src/json-logger';
import { RolesServiceModule } from './roles-service.module';

/** No HTTP: the service talks only NATS (events, request/reply) and PostgreSQL. */
export async function createRolesService(config: AppConfig, clientUrl: string): Promise<INestApplicationContext> {
  if (config.EVENT_TRANSPORT !== 'nats') throw new InvalidConfigurationError('EVENT_TRANSPORT: the roles service needs nats');
  const logger = config.LOG_LEVEL === 'silent' ? false : jsonLogger(config);
  const app = await NestFactory.createApplicationContext(RolesServiceModule.forRoot({ config, clientUrl }), { logger, abortOnError: false });
  await app.init();
  await app.get(BusBridge).ready();
  return app;
}
