import { APP_ORIGIN } from './csp';

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
