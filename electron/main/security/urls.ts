import { APP_ORIGIN } from './csp';

/**
 * URL decisions, Electron-free: which origins are the app's own, and which links may be
 * handed to the OS.
 */

/**
 * Origins of URLs, including the custom `app:` scheme. WHATWG `URL.origin` is the string
 * "null" for schemes it does not know as special, so it cannot tell `app://tandem` from
 * `app://evil`; this computes scheme + host explicitly for those. Electron-free.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  // Opaque origins (file:, data:, about:blank, blob:) are never trusted.
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` belongs to one of `trustedOrigins`. */
export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/**
 * The origins the UI may be loaded from: `app://tandem`, or in development the electron-vite
 * dev server. The dev URL is honoured only for unpackaged builds so that an environment
 * variable can never point an installed app at a remote page.
 */
export function trustedOriginsFor(env: { devServerUrl: string | undefined; isPackaged: boolean }): string[] {
  if (env.isPackaged || !env.devServerUrl) return [APP_ORIGIN];
  const devOrigin = originOf(env.devServerUrl);
  if (devOrigin === null) throw new Error(`Unusable dev server URL: ${env.devServerUrl}`);
  return [devOrigin];
}

/**
 * Which links may leave the app for the user's browser or mail client.
 *
 * `shell.openExternal` hands the string to the OS, which will happily run `file:`, `smb:` or
 * custom-protocol handlers; only plain web and mail links are passed on, re-serialised from
 * the parsed URL so that what is opened is exactly what was checked.
 */

const webProtocols = new Set(['http:', 'https:']);

export function toSafeExternalUrl(raw: string, options: { allowMailto: boolean }): string | null {
  if (raw.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (webProtocols.has(url.protocol)) {
    // Credentials in a link are a phishing device ("https://bank.com@evil.example").
    if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
    return url.href;
  }
  if (options.allowMailto && url.protocol === 'mailto:' && url.pathname !== '') return url.href;
  return null;
}
