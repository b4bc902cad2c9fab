import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../database/bound-sql';
import { pgArray } from '../database/pg-array';
import { OUTBOX_STREAM_TABLE, OUTBOX_TABLE } from './outbox-writer';

export const PENDING = 'delivered_at is null and failed_at is null';

export interface StreamKey {
  aggregate_type: string;
  aggregate_id: string;
}

export interface OutboxRow extends StreamKey {
  id: string;
  /** Stable across redeliveries and processes: JetStream's de-duplication id and the inbox key. */
  event_id?: string;
  type: string;
  organization_id: string;
  payload: Record<string, unknown>;
  handled_by: string[];
  attempts: number;
}

/** What became of one event after a delivery attempt. */
export interface DeliveryResult {
  row: OutboxRow;
  handledBy: string[];
  /** A handler failed in a way a retry may fix: the event stays pending (or is parked). */
  error?: string;
  /** Handlers refused the event for good (a product rule): it is done, with this outcome. */
  outcome?: string;
}

export interface StreamRelease extends StreamKey {
  /** Seconds before the stream may be claimed again (its head is backing off); 0 for now. */
  delaySeconds: number;
}

/** The SQL of the relay: every statement is short and commits on its own; none spans a handler run. */
export class OutboxStore {
  constructor(private readonly em: () => EntityManager) {}

  /**
   * Claims up to `limit` due streams, taking turns across organizations (each organization's
   * oldest-due stream first, then each one's second…), so one organization's backlog delays
   * another's events by at most one round. SKIP LOCKED lets concurrent relays claim disjoint sets.
   */
  async claimStreams(token: string, limit: number, leaseSeconds: number): Promise<StreamKey[]> {
    return executeBound<StreamKey>(
      this.em(),
      `with ranked as (
         select aggregate_type, aggregate_id, next_attempt_at,
                row_number() over (partition by organization_id order by next_attempt_at, aggregate_id) as turn
           from ${OUTBOX_STREAM_TABLE}
          where next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
       ), picked as (
         select s.aggregate_type, s.aggregate_id
           from ${OUTBOX_STREAM_TABLE} s
           join (select * from ranked order by turn, next_attempt_at limit ?) r using (aggregate_type, aggregate_id)
          where s.next_attempt_at <= now() and (s.claimed_until is null or s.claimed_until < now())
            for update of s skip locked
       )
       update ${OUTBOX_STREAM_TABLE} s set claimed_until = now() + make_interval(secs => ?), claim_token = ?
         from picked p where s.aggregate_type = p.aggregate_type and s.aggregate_id = p.aggregate_id
       returning s.aggregate_type, s.aggregate_id`,
      [limit, leaseSeconds, token],
    );
  }

  /** The first `perStream` undelivered events of each claimed stream, in order. */
  async loadEvents(streams: StreamKey[], perStream: number): Promise<OutboxRow[]> {
    if (streams.length === 0) return [];
    return executeBound<OutboxRow>(
      this.em(),
      `select e.id, e.event_id, e.type, e.organization_id, e.aggregate_type, e.aggregate_id, e.payload, e.handled_by, e.attempts
         from unnest(?::text[], ?::text[]) as c(aggregate_type, aggregate_id)
         cross join lateral (
           select * from ${OUTBOX_TABLE} e
            where e.aggregate_type = c.aggregate_type and e.aggregate_id = c.aggregate_id and ${PENDING}
            order by e.id limit ?
         ) e
        order by e.id`,
      [pgArray(streams.map((s) => s.aggregate_type)), pgArray(streams.map((s) => s.aggregate_id)), perStream],
    );
  }

  /**
   * Keeps the claim alive while handlers are slow. Rows a writer holds at that instant are skipped
   * (renewed next time) rather than waited for: waiting could deadlock with a writer locking several.
   */
  async renewClaim(token: string, leaseSeconds: number): Promise<void> {
    await executeBound(
      this.em(),
      `update ${OUTBOX_STREAM_TABLE} set claimed_until = now() + make_interval(secs => ?)
        where (aggregate_type, aggregate_id) in (select aggregate_type, aggregate_id from ${OUTBOX_STREAM_TABLE} where claim_token = ? for update skip locked)`,
      [leaseSeconds, token],
    );
  }

  /** Records one wave's results in one statement. */
  async record(results: DeliveryResult[], maxAttempts: number): Promise<void> {
    if (results.length === 0) return;
    const ids: string[] = [];
    const handled: string[] = [];
    const outcome: string[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    for (const result of results) {
      ids.push(result.row.id);
      handled.push(JSON.stringify(result.handledBy));
      outcome.push(result.outcome ?? '');
      failed.push(result.error ? 't' : 'f');
      errors.push(result.error ?? '');
    }
    await executeBound(
      this.em(),
      `update ${OUTBOX_TABLE} e
          set handled_by = array(select jsonb_array_elements_text(r.handled)),
              delivered_at = case when r.failed then null else now() end,
              outcome = nullif(r.outcome, ''),
              attempts = e.attempts + case when r.failed then 1 else 0 end,
              last_error = case when r.failed then r.error else e.last_error end,
              failed_at = case when r.failed and e.attempts + 1 >= ? then now() end
         from unnest(?::bigint[], ?::jsonb[], ?::text[], ?::boolean[], ?::text[]) as r(id, handled, outcome, failed, error)
        where e.id = r.id`,
      [maxAttempts, pgArray(ids), pgArray(handled), pgArray(outcome), pgArray(failed), pgArray(errors)],
    );
  }

  /**
   * Ends a round's claims. Each stream row is locked first, and only then, in a later statement,
   * checked for undelivered events: a writer that added one holds that row until it commits, so
   * its event is visible by then and the stream stays open. Locks are taken in key order, the order
   * the outbox triggers take them in, so a writer and a relay never deadlock.
   */
  async releaseStreams(token: string, releases: StreamRelease[]): Promise<void> {
    if (releases.length === 0) return;
    const types = pgArray(releases.map((r) => r.aggregate_type));
    const ids = pgArray(releases.map((r) => r.aggregate_id));
    await this.em().transactional(async (tx) => {
      await executeBound(
        tx,
        `select 1 from ${OUTBOX_STREAM_TABLE} s join unnest(?::text[], ?::text[]) as c(aggregate_type, aggregate_id) using (aggregate_type, aggregate_id)
          where s.claim_token = ? order by s.aggregate_type, s.aggregate_id for update of s`,
        [types, ids, token],
      );
      await executeBound(
        tx,
        `delete from ${OUTBOX_STREAM_TABLE} s using unnest(?::text[], ?::text[]) as c(aggregate_type, aggregate_id)
          where s.aggregate_type = c.aggregate_type and s.aggregate_id = c.aggregate_id and s.claim_token = ?
            and not exists (select 1 from ${OUTBOX_TABLE} e where e.aggregate_type = s.aggregate_type and e.aggregate_id = s.aggregate_id and ${PENDING})`,
        [types, ids, token],
      );
      await executeBound(
        tx,
        `update ${OUTBOX_STREAM_TABLE} s set claimed_until = null, claim_token = null, next_attempt_at = now() + make_interval(secs => c.delay)
           from unnest(?::text[], ?::text[], ?::float8[]) as c(aggregate_type, aggregate_id, delay)
          where s.aggregate_type = c.aggregate_type and s.aggregate_id = c.aggregate_id and s.claim_token = ?`,
        [types, ids, pgArray(releases.map((r) => r.delaySeconds)), token],
      );
    });
  }
}
