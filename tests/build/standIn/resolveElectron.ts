import type { InitializeHook, ResolveHook } from 'node:module';

/**
 * Module-resolution hook for the built main bundle run in plain Node: the bare specifier
 * `electron` resolves to the stand-in module (electron.ts), everything else as Node would.
 * Registered by register.ts through `module.register`, which runs it off the main thread.
 */

let standInUrl: string | null = null;

export const initialize: InitializeHook<{ standInUrl: string }> = (data) => {
  standInUrl = data.standInUrl;
};

export const resolve: ResolveHook = (specifier, context, nextResolve) => {
  if (specifier === 'electron' && standInUrl !== null)
    return { url: standInUrl, shortCircuit: true, format: 'module' };
  return nextResolve(specifier, context);
};
