import { Migration20261128000100PlatformOutbox } from './outbox/outbox.migration';
import { Migration20261201040100RateLimitCounter } from './database/rate-limit/rate-limit-counter.migration';

export const platformMigrations = [Migration20261128000100PlatformOutbox, Migration20261201040100RateLimitCounter];
