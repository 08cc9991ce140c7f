import { register } from 'node:module';

/**
 * Loaded with `node --import` before the built main bundle: maps `electron` to the stand-in
 * that sits beside this file once compiled (see support/standInBuild.ts).
 */
register('./resolveElectron.js', import.meta.url, {
  data: { standInUrl: new URL('./electron.js', import.meta.url).href },
});
