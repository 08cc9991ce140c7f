import { startMainProcess } from './mainProcess.electron';

// The main bundle's entry. Everything else is in modules that can be tested one at a time.
const started = startMainProcess({
  mainDir: import.meta.dirname,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  userDataDir: process.env.TANDEM_USER_DATA_DIR,
});

started?.ready.catch((error: unknown) => {
  console.error('[tandem] could not start', error);
});
