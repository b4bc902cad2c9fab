import { Migration20261128000100PlatformOutbox } from './outbox/outbox.migration';

export const platformMigrations = [Migration20261128000100PlatformOutbox];
