export { ActivityLogModule } from './activity-log.module';
export { activityLogMigrations } from './migrations/index';
export { ActivityRecorder } from './recording/activity-recorder';
export { ListActivityQuery } from './queries/list-activity/list-activity.query';
export type { ActivityFilter, ActivityPage, ActivityView } from './queries/list-activity/list-activity.query';
