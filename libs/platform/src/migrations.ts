import { Migration20261128000100PlatformOutbox } from './outbox/outbox.migration';
import { Migration20261201020100OutboxStreams } from './outbox/outbox-streams.migration';
import { Migration20261201080100Inbox } from './event-transport/inbox.migration';
import { Migration20261201040100RateLimitCounter } from './database/rate-limit/rate-limit-counter.migration';

export const platformMigrations = [Migration20261128000100PlatformOutbox, Migration20261201020100OutboxStreams, Migration20261201040100RateLimitCounter, Migration20261201080100Inbox];
