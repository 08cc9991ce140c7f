import { z } from 'zod';

/**
 * What the test process and the stand-in `electron` module say to each other over the child
 * process's IPC channel. The child (the built main with the stand-in) reports what the app
 * asked of Electron; the parent plays the rest of Electron (the ready event, the page, IPC
 * calls from the renderer, protocol requests, quitting). Both directions cross a process
 * boundary, so each side parses what it receives from `unknown`.
 */

const frameSchema = z.object({ url: z.string(), isMainFrame: z.boolean() });

/** Parent → stand-in. */
export const controlMessageSchema = z.discriminatedUnion('kind', [
  /** Electron's `ready`: `whenReady()` resolves and the `ready` event fires. */
  z.object({ kind: z.literal('become-ready') }),
  /** The page a window loaded has finished loading (or failed): `loadURL` settles. */
  z.object({ kind: z.literal('page-loaded'), windowId: z.number() }),
  z.object({ kind: z.literal('page-failed'), windowId: z.number(), message: z.string() }),
  /** An `ipcRenderer.invoke` from a window's frame. */
  z.object({
    kind: z.literal('invoke'),
    id: z.number(),
    windowId: z.number(),
    channel: z.string(),
    args: z.array(z.unknown()),
    frame: frameSchema,
  }),
  /** A request for a URL on a scheme the app handles with `protocol.handle`. */
  z.object({ kind: z.literal('protocol-request'), id: z.number(), url: z.string(), method: z.string() }),
  /** What the session's permission check handler answers for a permission and origin. */
  z.object({
    kind: z.literal('permission-check'),
    id: z.number(),
    permission: z.string(),
    origin: z.string(),
  }),
  /** The page asks to navigate: does the app let `will-navigate` proceed? */
  z.object({ kind: z.literal('navigate'), id: z.number(), windowId: z.number(), url: z.string() }),
  /** The person closes a window (its close button). */
  z.object({ kind: z.literal('close-window'), windowId: z.number() }),
  /** The person quits (menu, Cmd+Q, logging out): `app.quit()` from outside the app. */
  z.object({ kind: z.literal('quit') }),
]);
export type ControlMessage = z.infer<typeof controlMessageSchema>;

/** Stand-in → parent. */
export const reportSchema = z.discriminatedUnion('kind', [
  /** Every Electron API the app used, in order, and whether `ready` had fired yet. */
  z.object({ kind: z.literal('call'), api: z.string(), beforeReady: z.boolean(), detail: z.unknown() }),
  z.object({ kind: z.literal('ipc-handle'), channel: z.string() }),
  z.object({ kind: z.literal('protocol-handle'), scheme: z.string() }),
  /** A BrowserWindow's constructor options (functions left out: they cannot be cloned). */
  z.object({ kind: z.literal('window-created'), windowId: z.number(), options: z.unknown() }),
  z.object({ kind: z.literal('load-url'), windowId: z.number(), url: z.string() }),
  z.object({ kind: z.literal('window-shown'), windowId: z.number() }),
  z.object({ kind: z.literal('window-closed'), windowId: z.number() }),
  /** `webContents.send`: an event from main to the window's renderer. */
  z.object({
    kind: z.literal('webcontents-send'),
    windowId: z.number(),
    channel: z.string(),
    args: z.array(z.unknown()),
  }),
  z.object({ kind: z.literal('clipboard'), text: z.string() }),
  z.object({ kind: z.literal('notification'), title: z.string(), body: z.string() }),
  /** Answers to the parent's numbered requests. */
  z.object({
    kind: z.literal('reply'),
    id: z.number(),
    ok: z.boolean(),
    value: z.unknown(),
    /** Set when `ok` is false: the error's message, as ipcRenderer would pass it on. */
    message: z.string().optional(),
  }),
  /** `will-quit` was held by the app (writes in flight); it will call `app.quit()` again. */
  z.object({ kind: z.literal('quit-delayed') }),
  /** The quit sequence ran to its end; the process exits with this code right after. */
  z.object({ kind: z.literal('exiting'), code: z.number() }),
]);
export type Report = z.infer<typeof reportSchema>;

/** A protocol handler's answer, as the stand-in sends it back. */
export const protocolResponseSchema = z.object({
  status: z.number(),
  headers: z.record(z.string(), z.string()),
  body: z.instanceof(Uint8Array),
});
export type ProtocolResponse = z.infer<typeof protocolResponseSchema>;

/** Environment variables the driver sets for the stand-in. */
export const STAND_IN_ENV = {
  userData: 'TANDEM_STAND_IN_USER_DATA',
  appPath: 'TANDEM_STAND_IN_APP_PATH',
  packaged: 'TANDEM_STAND_IN_PACKAGED',
  keystore: 'TANDEM_STAND_IN_KEYSTORE',
  darkMode: 'TANDEM_STAND_IN_DARK',
} as const;
