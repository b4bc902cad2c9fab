import type { TestApp } from './test-app';
import type { TestDatabase } from './test-database';

/**
 * A second application on an existing database, loaded with a module registry of its own: its own
 * Nest, its own `passport` (whose strategy registry is one per loaded module, as it is one per
 * process in production) and so its own strategies, verifiers and verified-token cache. Two
 * instances sharing one registry would both be served by the strategies of whichever started last.
 * The registry stays isolated until the application is up, as Nest and MikroORM load some packages
 * only while they start.
 */
export async function startSeparateInstance(database: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  let started: TestApp | undefined;
  await jest.isolateModulesAsync(async () => {
    const separate = jest.requireActual<{ TestApp: typeof TestApp }>('./test-app').TestApp;
    started = await separate.startOn(database, env);
  });
  return started!;
}
