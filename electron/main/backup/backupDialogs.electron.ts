import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from './fileDialogs';

/** Electron's native dialogs, attached to the main window so they are modal to it. */
export function electronFileDialogs(options: {
  parentWindow: () => BrowserWindow | null;
  defaultFolder: () => string;
}): FileDialogs {
  return {
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const parent = options.parentWindow();
      const settings = {
        title,
        defaultPath: join(options.defaultFolder(), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, settings)
        : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenPath: async ({ title, filters }) => {
      const parent = options.parentWindow();
      const settings = {
        title,
        defaultPath: options.defaultFolder(),
        filters,
        properties: ['openFile'] as 'openFile'[],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, settings)
        : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
