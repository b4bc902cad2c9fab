import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule, DatabaseModuleOptions } from './database/database.module';
import { EventTransportModule } from './event-transport/event-transport.module';

/** What every module stands on: configuration, the database, the buses and the outbox. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, database: DatabaseModuleOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), CqrsModule.forRoot(), EventTransportModule.forRoot(config)],
      exports: [ConfigModule, DatabaseModule, CqrsModule],
    };
  }
}
