import type { TandemApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload script; absent when the renderer runs outside Electron (tests). */
    tandem?: TandemApi;
  }
}
