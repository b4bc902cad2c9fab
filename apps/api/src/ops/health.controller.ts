import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig, OutboxRelay, ParkedEvents } from '@app/platform';

class CheckTimeoutError extends Error {}

/** A stalled database must turn readiness down within the probe's patience, not hang the probe. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeoutError(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Liveness says the process answers; readiness says it can serve: database reachable, schema current. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly parked: ParkedEvents,
    private readonly config: AppConfig,
  ) {}

  /** Once the schema is current it stays so for this process: no need to ask the database again. */
  private migrationsCurrent = false;

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    try {
      const result = await this.health.check([() => this.database(), () => this.migrations(), () => this.outbox()]);
      // Parked events do not stop this instance from serving (still 200), but derived state is missing something.
      const outbox = result.info?.outbox;
      return outbox && 'parked' in outbox && outbox.parked > 0 ? { ...result, status: 'degraded' } : result;
    } catch (error) {
      // Terminus reports "not ready" as an exception; the probe and the operator need its details, not a generic error body.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse();
    }
  }

  private async database() {
    const check = this.indicators.check('database');
    try {
      await withDeadline(this.orm.em.getConnection().execute('select 1'), this.config.DB_HEALTH_TIMEOUT_MS);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  private async migrations() {
    const check = this.indicators.check('migrations');
    try {
      if (this.migrationsCurrent) return check.up();
      const pending = await withDeadline(this.orm.getMigrator().getPendingMigrations(), this.config.DB_HEALTH_TIMEOUT_MS);
      this.migrationsCurrent = pending.length === 0;
      return pending.length === 0 ? check.up() : check.down({ pending: pending.map((m) => m.name) });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  /** Lag is reported, not judged: a backlog slows derived state but the API can still serve. */
  private async outbox() {
    const check = this.indicators.check('outbox');
    try {
      const [lagSeconds, pending, parked] = await withDeadline(
        Promise.all([this.relay.lagSeconds(), this.relay.pendingCount(), this.parked.count()]),
        this.config.DB_HEALTH_TIMEOUT_MS,
      );
      return check.up({ lagSeconds, pending, parked });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
