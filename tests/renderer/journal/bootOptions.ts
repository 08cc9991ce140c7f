import type { BootOptions } from '../../../renderer/src/app/services';

let counter = 0;

/** A fresh, isolated journal (its own IndexedDB names) per test. */
export function freshBootOptions(overrides: Partial<BootOptions> = {}): BootOptions {
  return { dbPrefix: `test-${Date.now()}-${counter++}/`, mirror: null, closeDelayMs: 0, ...overrides };
}
