/**
 * The reminder the person last clicked, held until the window takes it. A click can arrive while
 * no window is listening (on macOS the app runs on with its window closed: the click opens a new
 * one, whose renderer starts seconds later), so sending an event alone would be lost; the window
 * asks for a held click as it starts, and takes one sent to it while it was already running, so
 * nothing is opened twice. A click the window never takes is dropped after a while rather than
 * opening something unexpected much later.
 */
export interface ClickedReminder {
  /** Remembers a click (the newest one wins). */
  hold(reminderId: string): void;
  /** The held click, if recent enough, and forgets it. */
  take(): string | null;
}

/** How long a click waits for a window: a new window's start, with room for a slow machine. */
export const CLICK_KEPT_MS = 2 * 60_000;

export function createClickedReminder(now: () => number = Date.now, keptMs = CLICK_KEPT_MS): ClickedReminder {
  let held: { reminderId: string; at: number } | null = null;
  return {
    hold(reminderId) {
      held = { reminderId, at: now() };
    },
    take() {
      const click = held;
      held = null;
      return click !== null && now() - click.at <= keptMs ? click.reminderId : null;
    },
  };
}
