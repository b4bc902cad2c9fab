import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, mikroOrmOptions, resolveDatabase } from '@app/platform';
import { allMigrations } from './migrations';

/** `npm run migrate`: applies pending migrations without starting the server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const orm = await MikroORM.init({ ...mikroOrmOptions(database.clientUrl, allMigrations, config), entities: [], discovery: { warnWhenNoEntities: false } });
  try {
    const applied = await orm.getMigrator().up();
    process.stdout.write(`${JSON.stringify({ applied: applied.map((m) => m.name) })}\n`);
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
