import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { executeBound } from '../database/bound-sql';
import { pgArray } from '../database/pg-array';
import { OUTBOX_TABLE } from './outbox-writer';

export interface ParkedEvent {
  id: string;
  eventId: string;
  organizationId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  attempts: number;
  lastError: string | null;
  handledBy: string[];
  occurredAt: Date;
  parkedAt: Date;
}

const PARKED = 'failed_at is not null';
const DEFAULT_LIST_LIMIT = 100;

/**
 * Events the relay gave up on after OUTBOX_MAX_ATTEMPTS: counted for readiness and metrics, listed
 * for the operator, and re-driven once the cause is fixed. A re-driven event starts a fresh series
 * of attempts; handlers that had already succeeded for it are not called again.
 */
@Injectable()
export class ParkedEvents {
  constructor(private readonly orm: MikroORM) {}

  async count(): Promise<number> {
    const [row] = await executeBound<{ n: string }>(this.orm.em.fork(), `select count(*) as n from ${OUTBOX_TABLE} where ${PARKED}`, []);
    return Number(row.n);
  }

  async list(limit = DEFAULT_LIST_LIMIT): Promise<ParkedEvent[]> {
    return executeBound<ParkedEvent>(
      this.orm.em.fork(),
      `select id, event_id as "eventId", organization_id as "organizationId", type, aggregate_type as "aggregateType",
              aggregate_id as "aggregateId", attempts, last_error as "lastError", handled_by as "handledBy",
              occurred_at as "occurredAt", failed_at as "parkedAt"
         from ${OUTBOX_TABLE} where ${PARKED} order by id limit ?`,
      [limit],
    );
  }

  /**
   * Puts parked events back in their aggregate's stream (the outbox's update trigger reopens it and
   * wakes the relays); `ids` omitted re-drives them all. Answers how many.
   */
  async redrive(ids?: readonly string[]): Promise<number> {
    const [row] = await executeBound<{ n: string }>(
      this.orm.em.fork(),
      `with redriven as (
         update ${OUTBOX_TABLE} set failed_at = null, attempts = 0
          where ${PARKED} and (?::bigint[] is null or id = any(?::bigint[]))
         returning 1
       )
       select count(*) as n from redriven`,
      [ids ? pgArray(ids) : null, ids ? pgArray(ids) : null],
    );
    return Number(row.n);
  }
}
