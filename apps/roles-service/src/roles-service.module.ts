import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, BusBridgeModule, PlatformModule } from '@app/platform';
import { RolesModule } from '@app/roles';
import { ROLES_ANSWERS, ROLES_ASKS } from './roles-boundary';

export interface RolesServiceOptions {
  config: AppConfig;
  clientUrl: string;
}

/**
 * The roles module alone: its durable handlers read JetStream through the `roles` consumer, its
 * queries and commands are answered over NATS, and what it asks of scim-users and scim-groups goes
 * to the api. Its tables stay in its own schema `roles`; migrations are applied by the api
 * (`npm run migrate`), which lists every module's.
 */
@Module({})
export class RolesServiceModule {
  static forRoot({ config, clientUrl }: RolesServiceOptions): DynamicModule {
    return {
      module: RolesServiceModule,
      imports: [
        PlatformModule.forRoot(config, { clientUrl, migrations: [], migrateOnStart: false }),
        RolesModule,
        BusBridgeModule.forRoot({
          forwardQueries: ROLES_ASKS.queries,
          forwardCommands: ROLES_ASKS.commands,
          answerQueries: ROLES_ANSWERS.queries,
          answerCommands: ROLES_ANSWERS.commands,
        }),
      ],
    };
  }
}
