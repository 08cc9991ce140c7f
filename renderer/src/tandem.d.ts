import type { TandemApi } from '../../shared/ipc/contract';
import type { TandemEvents } from '../../shared/ipc/mainEventChannels';
import type { TandemStartup } from '../../shared/ipc/syncChannelNames';

declare global {
  interface Window {
    /**
     * Exposed by the preload script; absent when the renderer runs outside Electron (tests).
     * `events` (main → renderer) is optional so a window given only the invoke API still works;
     * so is `startup` (what the preload asked main synchronously before the page's scripts ran).
     */
    tandem?: TandemApi & { events?: TandemEvents; startup?: TandemStartup };
  }
}
