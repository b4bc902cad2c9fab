import { Migration20261128000900ActivityLog } from './Migration20261128000900ActivityLog';
import { Migration20261201070300ActivityDetail } from './Migration20261201070300ActivityDetail';

export const activityLogMigrations = [Migration20261128000900ActivityLog, Migration20261201070300ActivityDetail];
