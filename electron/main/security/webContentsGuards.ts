import type { Session, WebContents } from 'electron';
import { isTrustedUrl, toSafeExternalUrl } from './urls';

/**
 * Locks a window's web contents to the app's own pages. Thin adapter: the decisions are the
 * Electron-free `isTrustedUrl` and `toSafeExternalUrl`; this only wires them to events.
 */

export interface WebContentsGuardOptions {
  trustedOrigins: readonly string[];
  /** Opens an already validated http(s) URL in the user's browser (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
  /** Told about every refusal, for the log. */
  onRefused?: (what: string, url: string) => void;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents, options: WebContentsGuardOptions): void {
  const refuse = (what: string, url: string): void => options.onRefused?.(what, url);

  // A page that navigates away from app://tandem would keep the preload API; never allow it.
  // will-frame-navigate also covers subframes; will-redirect covers server redirects in dev.
  const onNavigate = (what: string) => (event: { url: string; preventDefault: () => void }) => {
    if (isTrustedUrl(event.url, options.trustedOrigins)) return;
    event.preventDefault();
    refuse(what, event.url);
  };
  contents.on('will-navigate', onNavigate('will-navigate'));
  contents.on('will-frame-navigate', onNavigate('will-frame-navigate'));
  contents.on('will-redirect', onNavigate('will-redirect'));

  // No second windows at all. A web link opened with target=_blank goes to the real browser,
  // which is what the user meant by clicking it.
  contents.setWindowOpenHandler(({ url }) => {
    const external = toSafeExternalUrl(url, { allowMailto: false });
    if (external === null) {
      refuse('window.open', url);
    } else {
      // `external` passed toSafeExternalUrl (http/https only).
      options.openExternal(external).catch(() => refuse('openExternal', external)); // eng-disable OPEN_EXTERNAL_JS_CHECK
    }
    return { action: 'deny' };
  });

  // <webview> would embed arbitrary content with its own preferences; the app never uses it.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    refuse('will-attach-webview', '');
  });
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** The journal needs no camera, microphone, location, notifications, USB, HID or serial. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
