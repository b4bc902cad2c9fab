import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { executeBound } from './bound-sql';

/**
 * Reads outside any command's transaction: queries and the checks a command makes before it opens
 * its own. Never flushes, never raises events; writes belong to `TransactionRunner.run`.
 */
@Injectable()
export class ReadSide {
  constructor(private readonly orm: MikroORM) {}

  /** Plain rows, no entity hydration, values sent as bind parameters. */
  rows<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    return executeBound<R>(this.orm.em, sql, params);
  }

  /** Entity look-ups on a throw-away unit of work (it is never flushed). */
  entities<T>(read: (em: EntityManager) => Promise<T>): Promise<T> {
    return read(this.orm.em.fork());
  }
}
