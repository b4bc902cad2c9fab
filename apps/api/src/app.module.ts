import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ActivityLogModule } from '@app/activity-log';
import { AssignmentsModule } from '@app/assignments';
import { MappingRulesModule } from '@app/mapping-rules';
import { OrgEntitiesModule } from '@app/org-entities';
import { AppConfig, BusBridgeModule, PlatformModule } from '@app/platform';
import { ScimGroupsModule } from '@app/scim-groups';
import { ScimProtocolModule } from '@app/scim-protocol';
import { ScimUsersModule } from '@app/scim-users';
import { RolesModule } from '@app/roles';
import { TenancyModule } from '@app/tenancy';
import { AdaptersModule } from './adapters/adapters.module';
import { AdminModule } from './admin/admin.module';
import { AuditEdgeModule } from './audit/audit-edge.module';
import { HttpErrorFilter } from './http/http-error.filter';
import { allMigrations } from './migrations';
import { OpsModule } from './ops/ops.module';
import { ROLES_ANSWERS, ROLES_ASKS } from '../../roles-service/src/roles-boundary';

export interface AppModuleOptions {
  config: AppConfig;
  clientUrl: string;
  migrateOnStart: boolean;
}

@Module({})
export class AppModule {
  static forRoot({ config, clientUrl, migrateOnStart }: AppModuleOptions): DynamicModule {
    // MODULES_DISABLED=roles: apps/roles-service runs roles; its contract crosses over NATS (README, Splitting a module out).
    const rolesElsewhere = config.MODULES_DISABLED?.includes('roles') ?? false;
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { clientUrl, migrations: allMigrations, migrateOnStart }),
        TenancyModule,
        AdaptersModule,
        ScimProtocolModule,
        ScimUsersModule,
        ScimGroupsModule,
        OrgEntitiesModule,
        ...(rolesElsewhere ? [BusBridgeModule.forRoot(rolesBridge)] : [RolesModule]),
        MappingRulesModule,
        AssignmentsModule,
        ActivityLogModule,
        OpsModule,
        AdminModule,
        AuditEdgeModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}

/** The api's side of the roles split: it answers what roles asks and forwards what it asks roles. */
const rolesBridge = {
  forwardQueries: ROLES_ANSWERS.queries,
  forwardCommands: ROLES_ANSWERS.commands,
  answerQueries: ROLES_ASKS.queries,
  answerCommands: ROLES_ASKS.commands,
};
