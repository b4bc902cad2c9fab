import { activityLogMigrations } from '@app/activity-log';
import { assignmentsMigrations } from '@app/assignments';
import { auditMigrations } from '@app/audit';
import { mappingRulesMigrations } from '@app/mapping-rules';
import { orgEntitiesMigrations } from '@app/org-entities';
import { platformMigrations } from '@app/platform';
import { scimGroupsMigrations } from '@app/scim-groups';
import { rolesMigrations } from '@app/roles';
import { tenancyMigrations } from '@app/tenancy';
import { scimUsersMigrations } from '@app/scim-users';

/** Each module owns its migrations; the composition root only lists them. */
export const allMigrations = [...platformMigrations, ...tenancyMigrations, ...scimUsersMigrations, ...scimGroupsMigrations, ...orgEntitiesMigrations, ...rolesMigrations, ...mappingRulesMigrations, ...assignmentsMigrations, ...activityLogMigrations, ...auditMigrations];
