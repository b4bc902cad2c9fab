import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig, OutboxRelay, resolveDatabase } from '@app/platform';
import { AppModule } from './app.module';
import { CLI_COMMANDS, CLI_COMMANDS_WITHOUT_DRAIN, CLI_USAGE, CliUsageError, runCliCommand } from './cli-commands';

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (!CLI_COMMANDS[name]) {
    process.stderr.write(`${name ? `unknown command ${name}\n` : ''}${CLI_USAGE}\n`);
    return name ? 2 : 0;
  }
  const config = loadConfig(process.env, { LOG_LEVEL: 'silent' });
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, clientUrl: database.clientUrl, migrateOnStart: true }), { logger: false });
  try {
    const result = await runCliCommand(app, name, args);
    // Deliver what the command raised (e.g. the new organization's default entities) before exiting.
    if (!CLI_COMMANDS_WITHOUT_DRAIN.has(name)) await app.get(OutboxRelay).drain(10_000);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } finally {
    await app.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof CliUsageError ? `${error.message}\n${CLI_USAGE}` : (error as Error).message}\n`);
    process.exit(error instanceof CliUsageError ? 2 : 1);
  },
);
