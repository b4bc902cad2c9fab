import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Resident memory of the bench process, which hosts the app (and, while they run, the reference
 * servers): sampled every 100 ms for the peak, and after a full GC to compare repeated runs.
 */
export class MemoryProbe {
  private peak = 0;
  private phasePeak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  sample(): number {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    this.phasePeak = Math.max(this.phasePeak, rss);
    return rss;
  }

  get peakMiB(): number {
    return this.peak / 2 ** 20;
  }

  /** The peak since the previous call, in MiB: which phase of the run needed the memory. */
  takePhasePeak(): number {
    const peak = Math.max(this.phasePeak, this.sample());
    this.phasePeak = 0;
    return peak / 2 ** 20;
  }

  /** RSS and heap after a full collection: what a run left behind. */
  settled(): { rssMiB: number; heapMiB: number } {
    collect();
    collect();
    const { rss, heapUsed } = process.memoryUsage();
    return { rssMiB: rss / 2 ** 20, heapMiB: heapUsed / 2 ** 20 };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
