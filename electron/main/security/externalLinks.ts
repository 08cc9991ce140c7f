/**
 * Which links may leave the app for the user's browser or mail client. Electron-free.
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
