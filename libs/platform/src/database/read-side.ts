import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PreparedSql, runSql } from './prepared-sql';

/** One page of a list: `select <columns> from <from> where <where> [group by] order by … limit … offset …`. */
export interface PageSql {
  /** Prepended as is, e.g. a `with … as (…)` clause; its parameters come first in `params`. */
  with?: string;
  columns: string;
  from: string;
  where: string;
  groupBy?: string;
  orderBy: string;
  /** Every value of the statement before `limit`, in order. */
  params: readonly unknown[];
  limit: number;
  offset: number;
}

export interface RowsPage<R> {
  rows: R[];
  total: number;
}

const TOTAL = 'page_total__';

/**
 * Reads outside any command's transaction: queries and the checks a command makes before it opens
 * its own. Never flushes, never raises events; writes belong to `TransactionRunner`.
 */
@Injectable()
export class ReadSide {
  constructor(private readonly orm: MikroORM) {}

  /**
   * Plain rows, no entity hydration, values sent as bind parameters straight through the pg driver
   * (no SQL text built per call; a `preparedSql` statement is also planned once per connection).
   */
  rows<R>(statement: PreparedSql | string, params: readonly unknown[] = []): Promise<R[]> {
    return runSql<R>(this.orm.em, statement, params);
  }

  /** Entity look-ups on a throw-away unit of work (it is never flushed). */
  entities<T>(read: (em: EntityManager) => Promise<T>): Promise<T> {
    return read(this.orm.em.fork());
  }

  /**
   * A page and the total it belongs to in one statement: the window count rides along with a
   * non-empty page, so only an empty page (count 0, or past the end) costs a second count.
   */
  async page<R>(q: PageSql): Promise<RowsPage<R>> {
    const head = q.with ? `${q.with} ` : '';
    const grouped = q.groupBy ? ` group by ${q.groupBy}` : '';
    if (q.limit > 0) {
      const rows = await this.rows<R & Record<typeof TOTAL, string>>(
        `${head}select ${q.columns}, count(*) over () as ${TOTAL} from ${q.from} where ${q.where}${grouped} order by ${q.orderBy} limit ? offset ?`,
        [...q.params, q.limit, q.offset],
      );
      if (rows.length > 0) {
        const total = Number(rows[0][TOTAL]);
        for (const row of rows) delete (row as Partial<Record<typeof TOTAL, string>>)[TOTAL];
        return { rows, total };
      }
      // An empty first page means nothing matched: only an empty later page needs its own count.
      if (q.offset === 0) return { rows: [], total: 0 };
    }
    const [count] = await this.rows<{ n: string }>(`${head}select count(*) as n from (select 1 from ${q.from} where ${q.where}${grouped}) counted`, q.params);
    return { rows: [], total: Number(count.n) };
  }
}
