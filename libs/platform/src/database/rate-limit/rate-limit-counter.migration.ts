import { Migration } from '@mikro-orm/migrations';

/** Fixed-window counters shared by every API instance (RATE_LIMIT_STORE=postgres). */
export class Migration20261201040100RateLimitCounter extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table platform.rate_limit_counter (
        key text primary key,
        hits int not null,
        window_ends_at timestamptz not null
      )`);
    this.addSql(`create index rate_limit_counter_window_idx on platform.rate_limit_counter (window_ends_at)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table platform.rate_limit_counter`);
  }
}
