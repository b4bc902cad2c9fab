import { Module } from '@nestjs/common';
import { TenancyModule } from '@app/tenancy';
import { ScimGroupsDashboardController } from './scim-groups.controller';
import { UsersController } from './users.controller';

/** Admin endpoints that compose several modules' queries for the dashboard. */
@Module({ imports: [TenancyModule], controllers: [UsersController, ScimGroupsDashboardController] })
export class AdminModule {}
