import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DurableEventBase } from '../outbox/durable-event';
import { OutboxRelay } from '../outbox/outbox-relay';
import { writeToOutbox } from '../outbox/outbox-writer';
import { executeBound } from './bound-sql';

export interface Transaction {
  /** A fresh unit of work bound to this transaction. */
  readonly em: EntityManager;
  /** Records events to the outbox; they commit with the transaction or not at all. */
  raise(...events: DurableEventBase[]): void;
}

/** One transaction per command: state changes and the events they raise commit together. */
@Injectable()
export class TransactionRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const events: DurableEventBase[] = [];
    const result = await this.orm.em.fork().transactional(async (em) => {
      const value = await work({ em, raise: (...raised) => events.push(...raised) });
      await em.flush();
      await writeToOutbox(em, events);
      return value;
    });
    if (events.length > 0) this.relay.schedule();
    return result;
  }

  /**
   * One statement outside any unit of work (autocommitted when it writes).
   * @deprecated Reads go through `ReadSide.rows`; writes through `run`, so their events commit with them.
   */
  async query<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    return executeBound<R>(this.orm.em, sql, params);
  }
}
