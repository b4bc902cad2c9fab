import { DynamicModule, Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { AppConfig } from '../config/app-config';
import { OutboxRelay } from '../outbox/outbox-relay';
import { ReadSide } from './read-side';
import { TransactionRunner } from './transaction-runner';

export interface DatabaseModuleOptions {
  clientUrl: string;
  /** Every module's migrations; applied in name order (names start with a timestamp). */
  migrations: Constructor<Migration>[];
  migrateOnStart: boolean;
}

const MIGRATE_ON_START = Symbol('MIGRATE_ON_START');

@Injectable()
class MigrateOnStart implements OnModuleInit {
  constructor(private readonly orm: MikroORM) {}
  async onModuleInit(): Promise<void> {
    await this.orm.getMigrator().up();
  }
}

export function mikroOrmOptions(clientUrl: string, migrations: Constructor<Migration>[], poolMax = 10) {
  const sorted = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    extensions: [Migrator],
    migrations: {
      migrationsList: sorted.map((cls) => ({ name: cls.name, class: cls })),
      // Migrations are hand-written SQL; a snapshot file would only drift between databases.
      snapshot: false,
      snapshotName: '.migrations-snapshot',
      transactional: true,
      allOrNothing: true,
      tableName: 'mikro_orm_migrations',
      silent: true,
    },
    pool: { min: 0, max: poolMax },
    discovery: { warnWhenNoEntities: false },
    forceUtcTimezone: true,
    allowGlobalContext: false,
  };
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DiscoveryModule,
        MikroOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...mikroOrmOptions(options.clientUrl, options.migrations, config.DB_POOL_MAX),
            autoLoadEntities: true,
            registerRequestContext: false,
          }),
          driver: PostgreSqlDriver,
        }),
      ],
      providers: [
        OutboxRelay,
        TransactionRunner,
        ReadSide,
        ...(options.migrateOnStart ? [{ provide: MIGRATE_ON_START, useClass: MigrateOnStart }] : []),
      ],
      exports: [OutboxRelay, TransactionRunner, ReadSide],
    };
  }
}
