import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ActivityLogModule } from '@app/activity-log';
import { AssignmentsModule } from '@app/assignments';
import { MappingRulesModule } from '@app/mapping-rules';
import { OrgEntitiesModule } from '@app/org-entities';
import { AppConfig, PlatformModule } from '@app/platform';
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

export interface AppModuleOptions {
  config: AppConfig;
  clientUrl: string;
  migrateOnStart: boolean;
}

@Module({})
export class AppModule {
  static forRoot({ config, clientUrl, migrateOnStart }: AppModuleOptions): DynamicModule {
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
        RolesModule,
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
