import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, isDatabaseUnavailable, pgArray, TransactionRunner } from '@app/platform';
import { isScimPath, scimErrorTypeOf } from '@app/scim-protocol';
import { ActivityEntry, pathOf, resourceOf, scimDetailOf, targetOf } from './activity-entry';

const FLUSH_EVERY_MS = 250;
const FLUSH_AT = 500;
/** While the database is away, entries wait in memory up to this many; the oldest go first beyond it. */
const MAX_BUFFERED = 20_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Records every SCIM request as its response goes out. Entries are buffered and written in one
 * set-based insert a few times a second, so the log costs the SCIM hot path no round trip.
 */
@Injectable()
export class ActivityRecorder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ActivityRecorder.name);
  private buffer: ActivityEntry[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly db: TransactionRunner,
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addHook) return; // CLI and other non-HTTP contexts
    // onSend, not onResponse: the entry exists before the client has its answer, so reading the log right after sees it.
    fastify.addHook('onSend', async (request, reply, payload) => {
      this.record(request, reply, payload);
      return payload;
    });
    this.timers = [setInterval(() => void this.flush(), FLUSH_EVERY_MS), setInterval(() => void this.prune(), PRUNE_EVERY_MS)];
    this.timers.forEach((timer) => timer.unref());
  }

  async onModuleDestroy(): Promise<void> {
    this.timers.forEach((timer) => clearInterval(timer));
    await this.flush();
  }

  /** Writes what is buffered now (tests and shutdown call it; the timer does otherwise). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async prune(): Promise<number> {
    const rows = await this.db.query<{ n: string }>(
      `with gone as (delete from activity_log.scim_request where occurred_at < now() - make_interval(days => ?) returning 1) select count(*) as n from gone`,
      [this.config.ACTIVITY_LOG_RETENTION_DAYS],
    );
    return Number(rows[0]?.n ?? 0);
  }

  private record(request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
    if (!isScimPath(request.url)) return;
    const principal = (request as unknown as { user?: { kind?: string; organizationId?: string; tokenId?: string } }).user;
    const scim = principal?.kind === 'scim' ? principal : undefined;
    const { resourceType, resourceId } = resourceOf(request.url);
    this.buffer.push({
      organizationId: scim?.organizationId ?? null,
      tokenId: scim?.tokenId ?? null,
      occurredAt: new Date(Date.now() - reply.elapsedTime),
      method: request.method,
      path: pathOf(request.url),
      resourceType,
      resourceId,
      status: reply.statusCode,
      scimType: scimErrorTypeOf(reply) ?? null,
      scimDetail: scimDetailOf(reply.statusCode, payload),
      target: targetOf(request.method, resourceType, resourceId, request.body),
      durationMs: Math.round(reply.elapsedTime),
      requestId: String(request.id),
      userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    });
    if (this.buffer.length >= FLUSH_AT) void this.flush();
  }

  private async write(): Promise<void> {
    if (this.buffer.length === 0) return;
    const entries = this.buffer;
    this.buffer = [];
    const column = <T>(pick: (e: ActivityEntry) => T) => pgArray(entries.map((e) => (pick(e) ?? '') as string));
    try {
      await this.db.query(
        `insert into activity_log.scim_request
           (organization_id, token_id, occurred_at, method, path, resource_type, resource_id, status, scim_type, duration_ms, request_id, user_agent, scim_detail, target)
         select nullif(o, '')::uuid, nullif(t, '')::uuid, at, m, p, nullif(rt, ''), nullif(ri, ''), s, nullif(st, ''), d, r, nullif(ua, ''), nullif(sd, ''), nullif(tg, '')
           from unnest(?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])
             as x(o, t, at, m, p, rt, ri, s, st, d, r, ua, sd, tg)`,
        [
          column((e) => e.organizationId),
          column((e) => e.tokenId),
          column((e) => e.occurredAt.toISOString()),
          column((e) => e.method),
          column((e) => e.path),
          column((e) => e.resourceType),
          column((e) => e.resourceId),
          column((e) => String(e.status)),
          column((e) => e.scimType),
          column((e) => String(e.durationMs)),
          column((e) => e.requestId),
          column((e) => e.userAgent),
          column((e) => e.scimDetail),
          column((e) => e.target),
        ],
      );
    } catch (error) {
      // Losing log lines must never fail or slow a provisioning request. While the database is
      // unavailable the entries go back to the buffer for the next flush (bounded); other failures
      // are said and dropped, so one bad batch cannot block the log for good.
      if (isDatabaseUnavailable(error)) this.requeue(entries);
      else this.logger.error(`could not write ${entries.length} activity entries: ${(error as Error).message}`);
    }
  }

  private requeue(entries: ActivityEntry[]): void {
    this.buffer = [...entries, ...this.buffer];
    const dropped = this.buffer.length - MAX_BUFFERED;
    if (dropped > 0) {
      this.buffer = this.buffer.slice(dropped);
      this.logger.error(`database unavailable: dropped the ${dropped} oldest activity entries beyond ${MAX_BUFFERED} waiting`);
    }
  }
}
