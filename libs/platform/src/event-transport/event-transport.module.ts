import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { BUS_BRIDGE_OPTIONS, BusBridge, BusBridgeOptions } from './bus-bridge';
import { JetStreamConsumers } from './jetstream-consumers';
import { JetStreamPublisher, OUTBOX_PUBLISHER } from './jetstream-publisher';
import { NatsConnectionHolder } from './nats-connection';

/**
 * EVENT_TRANSPORT=nats: the outbox relay publishes to JetStream and each module's handlers read
 * through their module's durable consumer. In-process (the default) this module provides nothing.
 */
@Global()
@Module({})
export class EventTransportModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers: Provider[] =
      config.EVENT_TRANSPORT === 'nats' ? [NatsConnectionHolder, JetStreamConsumers, { provide: OUTBOX_PUBLISHER, useClass: JetStreamPublisher }] : [];
    return { module: EventTransportModule, imports: [DiscoveryModule], providers, exports: providers };
  }
}

/** Wires the commands and queries that cross to another service (needs EVENT_TRANSPORT=nats). */
@Module({})
export class BusBridgeModule {
  static forRoot(options: BusBridgeOptions): DynamicModule {
    return { module: BusBridgeModule, providers: [{ provide: BUS_BRIDGE_OPTIONS, useValue: options }, BusBridge], exports: [BusBridge] };
  }
}
