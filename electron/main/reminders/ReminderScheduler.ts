import { emptyReminderState, stepReminder, type ReminderState } from '../../../shared/cadence/reminderPolicy';
import {
  MAX_SNOOZE_MS,
  type Reminder,
  type ReminderSnoozeResult,
  type ReminderSyncArgs,
  type ReminderSyncResult,
} from '../../../shared/cadence/reminderSchemas';
import { localDateAt } from '../../../shared/cadence/zonedTime';

/**
 * Raises reminders at their time, Electron-free. The renderer works out what is due and tells
 * main with `sync` (whenever the vault changes or the app starts); this keeps one timer for
 * the earliest moment anything can change, asks the shared policy what to do then, and keeps
 * each reminder's last-notified day and snooze in a small state file so a restart does not
 * repeat today's notification.
 *
 * Operations run one at a time, in order, so a timer firing during a sync sees a settled state.
 * The state is saved before a notification is raised: a crash between the two loses a
 * notification rather than repeating it.
 */

export type ReminderStates = Record<string, ReminderState>;

export interface ReminderStateStore {
  load(): Promise<ReminderStates>;
  save(states: ReminderStates): Promise<void>;
}

export interface SchedulerClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  // Unref'd: a pending reminder never keeps a process alive (Electron's app loop does that).
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs).unref(),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Timers wake at least this often: Node's timers follow a monotonic clock, so after a laptop
 * sleeps or the wall clock or zone changes, a long timer would fire late.
 */
export const MAX_TIMER_MS = 15 * 60_000;

export interface ReminderSchedulerOptions {
  clock: SchedulerClock;
  store: ReminderStateStore;
  notify: (reminder: Reminder) => void;
  onError?: (error: unknown) => void;
}

interface Settings {
  timeZone: string;
  preferredTime: string;
}

/** What the `tandem:reminders:*` channels need: ReminderScheduler does it. */
export interface ReminderService {
  sync(args: ReminderSyncArgs): Promise<ReminderSyncResult>;
  snooze(id: string, until: number): Promise<ReminderSnoozeResult>;
}

export class ReminderScheduler implements ReminderService {
  private readonly reminders = new Map<string, Reminder>();
  private states = new Map<string, ReminderState>();
  private settings: Settings | null = null;
  private timer: unknown = null;
  private disposed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Starts reading the saved state at once; calls made meanwhile wait for it. */
  constructor(private readonly options: ReminderSchedulerOptions) {
    void this.enqueue(async () => {
      try {
        this.states = new Map(Object.entries(await options.store.load()));
      } catch (error) {
        options.onError?.(error);
      }
    });
  }

  /** Replaces the set of reminders and the user's zone and time; raises what is due now. */
  sync(args: ReminderSyncArgs): Promise<ReminderSyncResult> {
    return this.enqueue(async () => {
      this.settings = { timeZone: args.timeZone, preferredTime: args.preferredTime };
      this.reminders.clear();
      for (const reminder of args.reminders) this.reminders.set(reminder.id, reminder);
      const pruned = this.pruneStates(args.timeZone);
      const nextCheckAt = await this.evaluate(pruned);
      return { scheduled: this.reminders.size, nextCheckAt };
    });
  }

  /** Holds a reminder until `until`, then raises it once if it is still due. */
  snooze(id: string, until: number): Promise<ReminderSnoozeResult> {
    return this.enqueue(async () => {
      const now = this.options.clock.now();
      if (!this.reminders.has(id) || until > now + MAX_SNOOZE_MS) return { snoozed: false };
      this.states.set(id, { ...(this.states.get(id) ?? emptyReminderState), snoozedUntil: until });
      await this.evaluate(true);
      return { snoozed: true };
    });
  }

  /** Stops the timer; later calls do nothing. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  isIdle(): boolean {
    return this.pending === 0;
  }

  async whenIdle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const run = this.queue.then(() =>
      this.disposed ? Promise.reject(new Error('Reminders have stopped')) : operation(),
    );
    // The queue itself never rejects: the caller gets the failure through `run`.
    this.queue = run
      .catch(() => undefined)
      .finally(() => {
        this.pending -= 1;
      });
    return run;
  }

  /**
   * Forgets reminders that are gone, except those notified today or still snoozed: a renderer
   * that briefly syncs an empty list must not earn the user a second notification today.
   */
  private pruneStates(timeZone: string): boolean {
    const now = this.options.clock.now();
    const today = localDateAt(now, timeZone);
    let changed = false;
    for (const [id, state] of this.states) {
      if (this.reminders.has(id)) continue;
      if (state.lastNotifiedDay === today || (state.snoozedUntil !== null && state.snoozedUntil > now))
        continue;
      this.states.delete(id);
      changed = true;
    }
    return changed;
  }

  /** Applies the policy to every reminder, saves, notifies, and sets the next timer. */
  private async evaluate(stateChanged: boolean): Promise<number | null> {
    this.clearTimer();
    const settings = this.settings;
    if (settings === null) return null;
    const now = this.options.clock.now();
    let changed = stateChanged;
    let nextCheckAt: number | null = null;
    const due: Reminder[] = [];
    for (const reminder of this.reminders.values()) {
      const state = this.states.get(reminder.id) ?? emptyReminderState;
      const step = stepReminder({ dueAt: reminder.dueAt, atTime: reminder.atTime, now, ...settings, state });
      if (step.state !== state) {
        this.states.set(reminder.id, step.state);
        changed = true;
      }
      if (step.notify) due.push(reminder);
      if (nextCheckAt === null || step.nextCheckAt < nextCheckAt) nextCheckAt = step.nextCheckAt;
    }
    if (changed) await this.save();
    for (const reminder of due) {
      try {
        this.options.notify(reminder);
      } catch (error) {
        this.options.onError?.(error);
      }
    }
    if (nextCheckAt !== null) this.setTimer(nextCheckAt - now);
    return nextCheckAt;
  }

  private async save(): Promise<void> {
    try {
      await this.options.store.save(Object.fromEntries(this.states));
    } catch (error) {
      // Notifications still go out; this session's memory keeps them to one a day.
      this.options.onError?.(error);
    }
  }

  private setTimer(delayMs: number): void {
    if (this.disposed) return;
    const delay = Math.min(Math.max(0, delayMs), MAX_TIMER_MS);
    this.timer = this.options.clock.setTimer(() => {
      this.timer = null;
      this.enqueue(async () => {
        await this.evaluate(false);
      }).catch((error: unknown) => {
        if (!this.disposed) this.options.onError?.(error);
      });
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.options.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
