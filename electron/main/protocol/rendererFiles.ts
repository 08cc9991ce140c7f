import type { Protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from '../security/csp';

/**
 * The app:// protocol: serves the built renderer (out/renderer). The file serving maps a web
 * `Request` to a web `Response` and imports Electron only as types, so the same code runs
 * behind `protocol.handle` and in plain Node (tests, the e2e harness).
 */

/**
 * Must run before `app` is ready. `standard` gives the scheme real origins and relative URL
 * resolution, `secure` makes it a secure context (IndexedDB, crypto.subtle), and
 * `supportFetchAPI` lets the renderer fetch its own assets. No `bypassCSP`, no `corsEnabled`.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rendererRoot` on app://tandem/ (after `app` is ready). */
export function serveRendererOnAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createRendererFileHandler(rendererRoot));
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps a URL path (still percent-encoded, as in `URL.pathname`) to a file under `root`, or
 * refuses. Refuses anything that could name a file outside the root once decoded: `..`
 * segments (also `%2e%2e` and `..%2f`), backslashes, drive letters and NUL bytes.
 */
export function resolveRendererPath(root: string, encodedPathname: string): ResolvedPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) {
    return { ok: false, status: 403 };
  }
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, status: 403 };
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const rootPath = resolve(root);
  const filePath = resolve(rootPath, relativePath);
  // Belt and braces after the segment check: the result must still be inside the root.
  if (!isInside(rootPath, filePath)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

const statusText: Record<number, string> = {
  400: 'Bad request',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
};

function errorResponse(status: 400 | 403 | 404 | 405): Response {
  return new Response(statusText[status] ?? 'Error', {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export interface RendererFileHandlerOptions {
  /**
   * The host requests must name: `tandem` (app://tandem). `null` accepts any host, for a
   * harness that serves the same files over http://127.0.0.1:<port>.
   */
  host?: string | null;
}

/** Returns the request handler for `protocol.handle('app', ...)`, serving files from `root`. */
export function createRendererFileHandler(
  root: string,
  options: RendererFileHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const host = options.host === undefined ? APP_HOST : options.host;
  const rootPath = resolve(root);
  let realRoot: Promise<string> | null = null;

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return errorResponse(400);
    }
    if (host !== null && url.host !== host) return errorResponse(404);
    const resolved = resolveRendererPath(rootPath, url.pathname);
    if (!resolved.ok) return errorResponse(resolved.status);
    try {
      // A symlink inside out/renderer must not lead outside it either.
      realRoot ??= realpath(rootPath);
      const realFile = await realpath(resolved.filePath);
      if (!isInside(await realRoot, realFile)) return errorResponse(403);
      if (!(await stat(realFile)).isFile()) return errorResponse(404);
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(realFile) },
      });
    } catch {
      return errorResponse(404);
    }
  };
}

/** Where electron-vite puts the renderer, relative to the built main bundle (out/main). */
export function rendererRootFrom(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}
