import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';

async function start(): Promise<void> {
  await app.whenReady();
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  await win.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

void start();
