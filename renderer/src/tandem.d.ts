import type { TandemApi } from '../../shared/ipc/contract';
import type { TandemEvents } from '../../shared/ipc/mainEventChannels';

declare global {
  interface Window {
    /**
     * Exposed by the preload script; absent when the renderer runs outside Electron (tests).
     * `events` (main → renderer) is optional so a window given only the invoke API still works.
     */
    tandem?: TandemApi & { events?: TandemEvents };
  }
}
