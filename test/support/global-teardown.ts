import type { RunningPostgres } from '../../libs/platform/src';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>).__SCIM_TEST_PG__ as RunningPostgres | undefined;
  await server?.stop();
}
