import { activityLogMigrations } from '@app/activity-log';
import { platformMigrations } from '@app/platform';
import { scimGroupsMigrations } from '@app/scim-groups';
import { rolesMigrations } from '@app/roles';
import { tenancyMigrations } from '@app/tenancy';
import { scimUsersMigrations } from '@app/scim-users';

/** Each module owns its migrations; the composition root only lists them. */
export const allMigrations = [...platformMigrations, ...tenancyMigrations, ...scimUsersMigrations, ...scimGroupsMigrations, ...rolesMigrations, ...activityLogMigrations];
