import { write, writeSync } from 'node:fs';

/** Where flushed log text goes: stdout by default, anything else in tests. */
export type LogSink = (text: string, done: () => void) => void;

const FLUSH_BYTES = 64 * 1024;

const stdoutSink: LogSink = (text, done) => write(1, text, () => done());

/**
 * Log lines collected in memory and written in one asynchronous write per event-loop turn (or
 * sooner past 64 KiB), so a request never waits on a synchronous stdout write. What is still
 * buffered when the process exits is written synchronously then.
 */
export class BufferedLogStream {
  private pending: string[] = [];
  private pendingBytes = 0;
  private scheduled = false;
  private writing = false;
  private readonly onExit = () => this.flushSync();

  constructor(private readonly sink: LogSink = stdoutSink) {
    process.once('exit', this.onExit);
  }

  /** Called by pino with one serialized line. */
  write(line: string): void {
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Resolves once everything written so far has reached the sink. */
  async drained(): Promise<void> {
    while (this.pending.length > 0 || this.writing) await new Promise((resolve) => setImmediate(resolve));
  }

  close(): void {
    this.flushSync();
    process.removeListener('exit', this.onExit);
  }

  private flush(): void {
    this.scheduled = false;
    if (this.writing || this.pending.length === 0) return;
    const text = this.take();
    this.writing = true;
    this.sink(text, () => {
      this.writing = false;
      if (this.pending.length > 0) this.flush();
    });
  }

  private flushSync(): void {
    if (this.pending.length === 0) return;
    const text = this.take();
    if (this.sink === stdoutSink) writeSync(1, text);
    else this.sink(text, () => undefined);
  }

  private take(): string {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    return text;
  }
}
