import { Module } from '@nestjs/common';
import { TenancyModule } from '@app/tenancy';
import { ActivityController } from './http/activity.controller';
import { ListActivityHandler } from './queries/list-activity/list-activity.handler';
import { ActivityRecorder } from './recording/activity-recorder';
import { DeleteOrganizationActivityHandler } from './reactions/organization-deleted.handler';

/** The provisioning activity log: every SCIM request, who made it and how it ended. */
@Module({
  imports: [TenancyModule],
  controllers: [ActivityController],
  providers: [DeleteOrganizationActivityHandler, ActivityRecorder, ListActivityHandler],
  exports: [ActivityRecorder],
})
export class ActivityLogModule {}
