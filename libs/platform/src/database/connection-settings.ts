import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

export type DatabaseSettings = Pick<
  AppConfig,
  'DB_POOL_MAX' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_ACQUIRE_TIMEOUT_MS' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_LOCK_TIMEOUT_MS' | 'DB_IDLE_IN_TX_TIMEOUT_MS'
>;

export const DEFAULT_DATABASE_SETTINGS: DatabaseSettings = {
  DB_POOL_MAX: 10,
  DB_CONNECT_TIMEOUT_MS: 5000,
  DB_ACQUIRE_TIMEOUT_MS: 5000,
  DB_STATEMENT_TIMEOUT_MS: 15000,
  DB_LOCK_TIMEOUT_MS: 10000,
  DB_IDLE_IN_TX_TIMEOUT_MS: 60000,
};

/**
 * How long the client waits for any answer after the server's own statement_timeout: the server
 * cancels slow statements itself (a clean error, the connection stays usable); only a server or
 * network that does not answer at all reaches this, and the connection is then thrown away.
 */
const READ_TIMEOUT_GRACE_MS = 2000;
const KEEPALIVE_INITIAL_DELAY_MS = 10_000;

interface PgClient {
  query: (...args: unknown[]) => unknown;
  end(): Promise<void>;
}

type QueryCallback = (error: Error | null, result?: unknown) => void;

const READ_TIMEOUT_MESSAGE = 'Query read timeout';

/**
 * A connection whose query got no answer within the read timeout is in an unknown protocol state
 * (the answer may still arrive, or never): it is closed at once and refused by the pool's
 * validation, so a stalled database leaves no dead connections behind once it is back.
 */
class StalledConnections {
  private readonly discarded = new WeakSet<object>();

  watch(connection: PgClient): void {
    const query = connection.query.bind(connection);
    connection.query = (...args: unknown[]) => {
      const callback = args[args.length - 1];
      if (typeof callback !== 'function') return query(...args);
      args[args.length - 1] = ((error, result) => {
        if (error?.message === READ_TIMEOUT_MESSAGE) this.discard(connection);
        (callback as QueryCallback)(error, result);
      }) satisfies QueryCallback;
      return query(...args);
    };
  }

  isUsable(connection: object): boolean {
    return !this.discarded.has(connection);
  }

  private discard(connection: PgClient): void {
    this.discarded.add(connection);
    // With a query still outstanding, pg's end() destroys the socket instead of waiting for the server.
    connection.end().catch(() => undefined);
  }
}

/** node-postgres connection parameters and tarn pool options, passed by MikroORM to knex. */
export function connectionOptions(settings: DatabaseSettings) {
  const stalled = new StalledConnections();
  const logger = new Logger('Database');
  const statementTimeout = settings.DB_STATEMENT_TIMEOUT_MS;
  return {
    driverOptions: {
      // Errors name the statement with placeholders, never with the values bound to them.
      compileSqlOnError: false,
      // knex's own warnings (a discarded connection, say) become log lines like the rest, not console output.
      log: {
        warn: (message: string) => logger.warn(message),
        error: (message: string) => logger.error(message),
        deprecate: (message: string) => logger.warn(message),
        debug: () => undefined,
      },
      connection: {
        application_name: 'scim-provisioning',
        connectionTimeoutMillis: settings.DB_CONNECT_TIMEOUT_MS,
        keepAlive: true,
        keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
        ...(statementTimeout > 0 ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + READ_TIMEOUT_GRACE_MS } : {}),
        ...(settings.DB_LOCK_TIMEOUT_MS > 0 ? { lock_timeout: settings.DB_LOCK_TIMEOUT_MS } : {}),
        ...(settings.DB_IDLE_IN_TX_TIMEOUT_MS > 0 ? { idle_in_transaction_session_timeout: settings.DB_IDLE_IN_TX_TIMEOUT_MS } : {}),
      },
    },
    pool: {
      min: 0,
      max: settings.DB_POOL_MAX,
      acquireTimeoutMillis: settings.DB_ACQUIRE_TIMEOUT_MS,
      createTimeoutMillis: settings.DB_CONNECT_TIMEOUT_MS + READ_TIMEOUT_GRACE_MS,
      // A failed connect fails the waiting request at once (a fast 503) instead of retrying until the acquire timeout.
      propagateCreateError: true,
      afterCreate: (connection: PgClient, done: (error: Error | null, connection: PgClient) => void) => {
        stalled.watch(connection);
        done(null, connection);
      },
      validate: (connection: object) => stalled.isUsable(connection),
    },
  };
}
