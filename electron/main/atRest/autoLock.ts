import { AUTO_LOCK_IDLE_MINUTES } from '../../../shared/atRest/atRestIpc';

/**
 * When Tandem locks by itself: the system going to sleep, the screen locking, and the person
 * being away (no keyboard or mouse input anywhere on the computer) for a while. Electron-free:
 * the app passes Electron's `powerMonitor`, tests a stand-in with the same three members.
 */

export type LockReason = 'menu' | 'shortcut' | 'idle' | 'suspend' | 'lock-screen';

export interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  removeListener(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  /** Seconds since the last input anywhere on the system (Electron's powerMonitor). */
  getSystemIdleTime(): number;
}

export interface AutoLockOptions {
  power: PowerEvents;
  lock: (reason: LockReason) => void;
  /** Lock after this long without input; null: never on idle (Settings → Lock). */
  idleLimitSeconds: number | null;
  /** Lock when the system sleeps or its screen locks (default true; Settings → Lock). */
  onSleep?: boolean;
  /** How often idle time is read (a coarse poll: the system has no "idle for N s" event). */
  checkEveryMs?: number;
  setInterval?: (run: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** Ten minutes without input: long enough for reading, short enough for a laptop left open. */
export const AUTO_LOCK_IDLE_SECONDS = AUTO_LOCK_IDLE_MINUTES * 60;
const CHECK_EVERY_MS = 15_000;

export function startAutoLock(options: AutoLockOptions): { stop(): void } {
  const every = options.setInterval ?? ((run, ms) => setInterval(run, ms).unref());
  const cancel = options.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout));
  const onSuspend = () => options.lock('suspend');
  const onLockScreen = () => options.lock('lock-screen');
  const onSleep = options.onSleep ?? true;
  if (onSleep) {
    options.power.on('suspend', onSuspend);
    options.power.on('lock-screen', onLockScreen);
  }
  const limit = options.idleLimitSeconds;
  const timer =
    limit === null
      ? null
      : every(() => {
          // Locking again while locked does nothing (DataKeyStore.lock answers false).
          if (options.power.getSystemIdleTime() >= limit) options.lock('idle');
        }, options.checkEveryMs ?? CHECK_EVERY_MS);
  return {
    stop() {
      if (timer !== null) cancel(timer);
      if (onSleep) {
        options.power.removeListener('suspend', onSuspend);
        options.power.removeListener('lock-screen', onLockScreen);
      }
    },
  };
}
