import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { RunningPostgres } from '../../libs/platform/src';

export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  const server = globals.__SCIM_TEST_PG__ as RunningPostgres | undefined;
  await server?.stop();
  const dataDir = globals.__SCIM_TEST_PG_DIR__ as string | undefined;
  if (dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
}
