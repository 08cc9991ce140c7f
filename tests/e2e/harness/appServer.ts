import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRendererFileHandler } from '../../../electron/main/protocol/rendererFiles';
import { RENDERER_ROOT, startStaticServer, type StaticServer, type WebHandler } from './staticServer';

/**
 * Serves the built renderer over http://127.0.0.1 through the app's own `app://` file handler
 * (`createRendererFileHandler`: same files, same path checks, same CSP and security headers),
 * told to accept any host since the harness's origin is http://127.0.0.1:<port>.
 */
export async function startAppServer(
  options: { root?: string; mounts?: Record<string, WebHandler> } = {},
): Promise<StaticServer> {
  const root = options.root ?? RENDERER_ROOT;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built renderer at ${root}: run \`npm run build\` first.`);
  }
  return startStaticServer({
    fallback: createRendererFileHandler(root, { host: null }),
    mounts: options.mounts ?? {},
  });
}
