import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRendererFileHandler } from '../../../electron/main/protocol/rendererFiles';
import { APP_ORIGIN } from '../../../electron/main/security/csp';
import { RENDERER_ROOT, startStaticServer, type StaticServer, type WebHandler } from './staticServer';

/**
 * Serves the built renderer over http://127.0.0.1 through the app's own `app://` file handler
 * (same files, same path checks, same CSP and security headers): each request is re-addressed
 * to `app://tandem/<path>` and answered by `createRendererFileHandler`.
 */
export async function startAppServer(
  options: { root?: string; mounts?: Record<string, WebHandler> } = {},
): Promise<StaticServer> {
  const root = options.root ?? RENDERER_ROOT;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built renderer at ${root}: run \`npm run build\` first.`);
  }
  const appHandler = createRendererFileHandler(root);
  return startStaticServer({
    fallback: (request) => {
      const url = new URL(request.url);
      return appHandler(new Request(`${APP_ORIGIN}${url.pathname}${url.search}`, { method: request.method }));
    },
    mounts: options.mounts ?? {},
  });
}
