import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  isTrustedUrl,
  originOf,
  toSafeExternalUrl,
  trustedOriginsFor,
} from '../../electron/main/security/urls';
import { denyAllPermissions, guardWebContents } from '../../electron/main/security/webContentsGuards';

describe('originOf', () => {
  it('tells app://tandem apart from other app:// hosts (URL.origin says "null" for both)', () => {
    expect(new URL('app://tandem/x').origin).toBe('null');
    expect(originOf('app://tandem/index.html#/journal')).toBe('app://tandem');
    expect(originOf('app://evil/index.html')).toBe('app://evil');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('gives no origin for opaque or unparsable URLs', () => {
    for (const url of [
      'file:///etc/passwd',
      'about:blank',
      'data:text/html,hi',
      'javascript:alert(1)',
      'nonsense',
    ]) {
      expect(originOf(url), url).toBeNull();
    }
  });

  it('trusts only the listed origins', () => {
    expect(isTrustedUrl('app://tandem/a', ['app://tandem'])).toBe(true);
    expect(isTrustedUrl('app://tandem.evil/a', ['app://tandem'])).toBe(false);
    expect(isTrustedUrl('http://localhost:5174/', ['http://localhost:5173'])).toBe(false);
  });
});

describe('trustedOriginsFor', () => {
  it('trusts the dev server only in unpackaged builds', () => {
    expect(trustedOriginsFor({ devServerUrl: 'http://localhost:5173/', isPackaged: false })).toEqual([
      'http://localhost:5173',
    ]);
    expect(trustedOriginsFor({ devServerUrl: 'http://localhost:5173/', isPackaged: true })).toEqual([
      'app://tandem',
    ]);
    expect(trustedOriginsFor({ devServerUrl: undefined, isPackaged: false })).toEqual(['app://tandem']);
  });
});

describe('toSafeExternalUrl', () => {
  it('passes web links (normalised) and mail links only where allowed', () => {
    expect(toSafeExternalUrl('https://example.com/a b', { allowMailto: false })).toBe(
      'https://example.com/a%20b',
    );
    expect(toSafeExternalUrl('HTTP://Example.com', { allowMailto: false })).toBe('http://example.com/');
    expect(toSafeExternalUrl('mailto:ana@example.com', { allowMailto: true })).toBe('mailto:ana@example.com');
    expect(toSafeExternalUrl('mailto:ana@example.com', { allowMailto: false })).toBeNull();
  });

  it('refuses local files, scripts, custom schemes and credential tricks', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-settings:privacy',
      'https://bank.example@evil.example/',
      'https:',
      `https://example.com/${'a'.repeat(5000)}`,
    ]) {
      expect(toSafeExternalUrl(url, { allowMailto: true }), url).toBeNull();
    }
  });
});

class Contents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.openHandler = handler;
  }
}

function guarded() {
  const contents = new Contents();
  const openExternal = vi.fn(() => Promise.resolve());
  const onRefused = vi.fn();
  // The guard only needs on() and setWindowOpenHandler(); the cast stands in for WebContents.
  guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0], {
    trustedOrigins: ['app://tandem'],
    openExternal,
    onRefused,
  });
  return { contents, openExternal, onRefused };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s is refused unless it stays on the app origin',
    (name) => {
      const { contents, onRefused } = guarded();
      const away = { url: 'https://evil.example/phish', preventDefault: vi.fn() };
      contents.emit(name, away);
      expect(away.preventDefault).toHaveBeenCalledTimes(1);
      expect(onRefused).toHaveBeenCalledWith(name, 'https://evil.example/phish');
      const inside = { url: 'app://tandem/index.html#/plans', preventDefault: vi.fn() };
      contents.emit(name, inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('denies every new window, handing only safe web links to the browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'mailto:a@b.example' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('prevents <webview> from attaching', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('installs request, check and device handlers that all say no', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session);
    const grant = vi.fn();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...a: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      request({}, permission, grant, {});
    }
    expect(grant.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(grant).toHaveBeenCalledTimes(5);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check(null, 'media', 'app://tandem', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://tandem' })).toBe(false);
  });
});
