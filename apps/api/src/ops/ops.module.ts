import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { Metrics, MetricsController } from './metrics';
import { ParkedEventsController } from './parked-events.controller';

/** Operations endpoints: /health/live, /health/ready, /metrics, the parked outbox events. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, MetricsController, ParkedEventsController],
  providers: [Metrics],
})
export class OpsModule {}
