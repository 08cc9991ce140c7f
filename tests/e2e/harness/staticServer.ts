import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * A tiny HTTP server on 127.0.0.1 (random port). Routes are web-style handlers
 * (`Request` → `Response`), the same shape the app's `app://` protocol handler has, so the
 * harness can put the app's own renderer file handler behind it unchanged.
 */

export type WebHandler = (request: Request) => Promise<Response>;

export interface StaticServerOptions {
  /** Handles every request no mount claims. */
  fallback: WebHandler;
  /** Extra handlers by URL prefix, e.g. `{ '/__bench/': handler }` (prefix ends in `/`). */
  mounts?: Record<string, WebHandler>;
  /** A fixed port (the same origin across a relaunch keeps the page's IndexedDB); default any free one. */
  port?: number;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** Requests answered with an error status, for tests to assert on. */
  refused: { path: string; status: number }[];
  /** Adds a handler by URL prefix after the start (the preload stand-in's synchronous channel). */
  mount(prefix: string, handler: WebHandler): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Resolves a percent-encoded URL path inside `root`, or returns null when it could name
 * anything outside it (`..`, encoded or not, backslashes, NUL, drive letters).
 */
export function resolveInside(root: string, encodedPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return null;
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, segments.length === 0 ? 'index.html' : segments.join('/'));
  const rel = relative(absoluteRoot, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return target;
}

/** Serves files from a folder (for harness-only pages such as the benchmark's yardstick). */
export function folderHandler(root: string, headers: Readonly<Record<string, string>>): WebHandler {
  const fail = (status: number) => new Response(null, { status, headers });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405);
    const path = resolveInside(root, new URL(request.url).pathname);
    if (!path) return fail(403);
    try {
      const real = await realpath(path);
      const rel = relative(await realpath(root), real);
      if (rel.startsWith('..') || isAbsolute(rel)) return fail(403);
      if (!(await stat(real)).isFile()) return fail(404);
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, {
        status: 200,
        headers: {
          ...headers,
          'Content-Type': CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
        },
      });
    } catch {
      return fail(404);
    }
  };
}

async function toNodeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Every load reads the files again, as Electron's protocol handler does.
  headers['cache-control'] = 'no-store';
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const refused: StaticServer['refused'] = [];
  const mounts = Object.entries(options.mounts ?? {}).sort(([a], [b]) => b.length - a.length);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const request = new Request(url, { method: req.method ?? 'GET', headers });
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
    const response = mount
      ? await mount[1](
          new Request(new URL(url.pathname.slice(mount[0].length - 1) + url.search, url), request),
        )
      : await options.fallback(request);
    if (response.status >= 400) refused.push({ path: url.pathname, status: response.status });
    await toNodeResponse(response, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    refused,
    mount: (prefix, handler) => {
      mounts.push([prefix, handler]);
      mounts.sort(([a], [b]) => b.length - a.length);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Where `npm run build` puts the renderer. */
export const RENDERER_ROOT = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');
