/** Keys that count until a moment, bounded in number so a flood of distinct keys cannot grow memory. */
export class ExpiringKeys {
  private readonly until = new Map<string, number>();

  constructor(private readonly maxEntries: number) {}

  add(key: string, untilMs: number): void {
    this.until.delete(key);
    this.until.set(key, untilMs);
    if (this.until.size > this.maxEntries) this.until.delete(this.until.keys().next().value as string);
  }

  /** Milliseconds left for the key, 0 when it is absent or over. */
  remainingMs(key: string, now = Date.now()): number {
    const until = this.until.get(key);
    if (until === undefined) return 0;
    if (until <= now) {
      this.until.delete(key);
      return 0;
    }
    return until - now;
  }
}
