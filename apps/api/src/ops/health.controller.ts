import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { MikroORM } from '@mikro-orm/postgresql';
import { OutboxRelay, ParkedEvents } from '@app/platform';

/** Liveness says the process answers; readiness says it can serve: database reachable, schema current. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly parked: ParkedEvents,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  async ready() {
    const result = await this.health.check([() => this.database(), () => this.migrations(), () => this.outbox()]);
    // Parked events do not stop this instance from serving (still 200), but derived state is missing something.
    const outbox = result.info?.outbox;
    return outbox && 'parked' in outbox && outbox.parked > 0 ? { ...result, status: 'degraded' } : result;
  }

  private async database() {
    const check = this.indicators.check('database');
    try {
      await this.orm.em.getConnection().execute('select 1');
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  private async migrations() {
    const check = this.indicators.check('migrations');
    try {
      const pending = await this.orm.getMigrator().getPendingMigrations();
      return pending.length === 0 ? check.up() : check.down({ pending: pending.map((m) => m.name) });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  /** Lag is reported, not judged: a backlog slows derived state but the API can still serve. */
  private async outbox() {
    const check = this.indicators.check('outbox');
    try {
      return check.up({ lagSeconds: await this.relay.lagSeconds(), pending: await this.relay.pendingCount(), parked: await this.parked.count() });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
