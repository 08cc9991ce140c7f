/**
 * A queue of ids worked through in slices: a few items, or a few milliseconds, then the main
 * thread is handed back so input and rendering go first. A first index build reads ~520 item
 * documents; done in one go it would freeze the window for seconds.
 */

export interface TimeSlicedQueueOptions {
  /** Longest stretch of work before yielding. */
  sliceMs?: number;
  maxBatch?: number;
  yieldToEventLoop?: () => Promise<void>;
}

interface SchedulerWithYield {
  scheduler?: { yield?: () => Promise<void> };
}

/**
 * `scheduler.yield()` (Chromium 129+, so Electron 45) resumes ahead of other queued tasks
 * once input is handled; `setTimeout` is the fallback elsewhere (jsdom, older engines).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as SchedulerWithYield).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class TimeSlicedQueue {
  private readonly ids = new Set<string>();
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly sliceMs: number;
  private readonly maxBatch: number;
  private readonly yield: () => Promise<void>;

  constructor(
    /** Works on one id; returns whether anything changed. */
    private readonly process: (id: string) => Promise<boolean>,
    /** Called after every slice, before yielding. */
    private readonly afterSlice: (changed: boolean) => void,
    { sliceMs = 8, maxBatch = 16, yieldToEventLoop: yieldFn = yieldToEventLoop }: TimeSlicedQueueOptions = {},
  ) {
    this.sliceMs = sliceMs;
    this.maxBatch = maxBatch;
    this.yield = yieldFn;
  }

  get size(): number {
    return this.ids.size;
  }

  add(id: string): void {
    this.ids.add(id);
  }

  delete(id: string): void {
    this.ids.delete(id);
  }

  /** Resolves when the queue is empty (ids added meanwhile included) or stopped. */
  drain(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    while (this.ids.size > 0 && !this.stopped) {
      const sliceStart = performance.now();
      let changed = false;
      for (let n = 0; n < this.maxBatch; n++) {
        const id = this.ids.values().next().value;
        if (id === undefined) break;
        this.ids.delete(id);
        if (await this.process(id)) changed = true;
        if (performance.now() - sliceStart >= this.sliceMs) break;
      }
      this.afterSlice(changed);
      if (this.ids.size > 0) await this.yield();
    }
  }
}
