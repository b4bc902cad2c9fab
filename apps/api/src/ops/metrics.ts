import { Controller, Get, Injectable, OnApplicationBootstrap, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { OutboxRelay, ParkedEvents } from '@app/platform';
import { isScimPath, scimErrorTypeOf } from '@app/scim-protocol';

/** Prometheus metrics: request rate and latency per route, SCIM errors by type, outbox lag. */
@Injectable()
export class Metrics implements OnApplicationBootstrap {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly scimErrors = new Counter({
    name: 'scim_errors_total',
    help: 'SCIM error responses by scimType',
    labelNames: ['status', 'scim_type'],
    registers: [this.registry],
  });

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    relay: OutboxRelay,
    parked: ParkedEvents,
  ) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'outbox_lag_seconds',
      help: 'Age of the oldest undelivered outbox event',
      registers: [this.registry],
      async collect() {
        this.set(await relay.lagSeconds());
      },
    });
    new Gauge({
      name: 'outbox_pending_events',
      help: 'Outbox events not yet delivered',
      registers: [this.registry],
      async collect() {
        this.set(await relay.pendingCount());
      },
    });
    new Gauge({
      name: 'outbox_parked_events',
      help: 'Outbox events given up on after OUTBOX_MAX_ATTEMPTS, waiting for an operator re-drive',
      registers: [this.registry],
      async collect() {
        this.set(await parked.count());
      },
    });
  }

  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addHook) return;
    fastify.addHook('onResponse', async (request, reply) => {
      // The route pattern, never the raw URL: ids would explode the label set.
      const route = request.routeOptions?.url ?? 'unmatched';
      this.requests.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      if (reply.statusCode >= 400 && isScimPath(request.url)) {
        this.scimErrors.inc({ status: String(reply.statusCode), scim_type: scimErrorTypeOf(reply) ?? 'none' });
      }
    });
  }
}

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    void reply.header('content-type', this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
