import type { SchedulerClock } from '../../../electron/main/reminders/ReminderScheduler';

/** A clock and timers the test moves by hand; `advance` fires timers in time order. */
export class FakeClock implements SchedulerClock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  /** Every delay asked for, to check the scheduler never sleeps too long. */
  readonly delays: number[] = [];

  constructor(public current: number) {}

  now = (): number => this.current;

  setTimer = (callback: () => void, delayMs: number): unknown => {
    const id = this.nextId++;
    this.delays.push(delayMs);
    this.timers.set(id, { at: this.current + delayMs, callback });
    return id;
  };

  clearTimer = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing due timers (and letting their async work settle) on the way. */
  async advance(ms: number): Promise<void> {
    const end = this.current + ms;
    for (;;) {
      let earliest: [number, { at: number; callback: () => void }] | null = null;
      for (const entry of this.timers)
        if (earliest === null || entry[1].at < earliest[1].at) earliest = entry;
      if (earliest === null || earliest[1].at > end) break;
      this.timers.delete(earliest[0]);
      this.current = Math.max(this.current, earliest[1].at);
      earliest[1].callback();
      await settle();
    }
    this.current = end;
    await settle();
  }
}

/** Lets queued promise callbacks (and a few rounds of the scheduler's queue) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
