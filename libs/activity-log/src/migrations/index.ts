import { Migration20261128000900ActivityLog } from './Migration20261128000900ActivityLog';

export const activityLogMigrations = [Migration20261128000900ActivityLog];
