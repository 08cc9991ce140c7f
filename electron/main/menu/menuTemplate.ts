import type { MenuItemConstructorOptions } from 'electron';
import { englishText, type TextOf } from '../../../shared/i18n/englishText';

/**
 * The application menu, built from Electron's standard roles so every platform gets its native
 * behaviour and shortcuts, with each label in the person's language (Electron's own role labels
 * are English on Windows and Linux). Rebuilt when the language changes. Pure: only Electron
 * *types* are imported, so the template for each platform is a plain unit test.
 */
/** Lock now's shortcut: Shift keeps it clear of the editor's Ctrl/Cmd+L. */
export const LOCK_ACCELERATOR = 'CmdOrCtrl+Shift+L';

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  t: TextOf = englishText,
  /** File → Lock Tandem (and its shortcut); left out where nothing can be locked. */
  lockNow?: () => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator = { type: 'separator' } as const;
  const lock: MenuItemConstructorOptions[] = lockNow
    ? [
        { id: 'lock', label: t('lock.menu.lockNow'), accelerator: LOCK_ACCELERATOR, click: lockNow },
        separator,
      ]
    : [];
  return [
    // macOS puts About, Hide and Quit under the app's own menu (the system words it); elsewhere
    // Quit is in File.
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      role: 'fileMenu',
      label: t('main.menu.file'),
      submenu: [
        ...lock,
        isMac ? { role: 'close', label: t('main.menu.close') } : { role: 'quit', label: t('main.menu.quit') },
      ],
    },
    {
      role: 'editMenu',
      label: t('main.menu.edit'),
      submenu: [
        { role: 'undo', label: t('main.menu.undo') },
        { role: 'redo', label: t('main.menu.redo') },
        separator,
        { role: 'cut', label: t('main.menu.cut') },
        { role: 'copy', label: t('main.menu.copy') },
        { role: 'paste', label: t('main.menu.paste') },
        { role: 'delete', label: t('main.menu.delete') },
        separator,
        { role: 'selectAll', label: t('main.menu.selectAll') },
      ],
    },
    {
      role: 'viewMenu',
      label: t('main.menu.view'),
      submenu: [
        { role: 'reload', label: t('main.menu.reload') },
        { role: 'forceReload', label: t('main.menu.forceReload') },
        { role: 'toggleDevTools', label: t('main.menu.devTools') },
        separator,
        { role: 'resetZoom', label: t('main.menu.actualSize') },
        { role: 'zoomIn', label: t('main.menu.zoomIn') },
        { role: 'zoomOut', label: t('main.menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('main.menu.fullScreen') },
      ],
    },
    {
      role: 'windowMenu',
      label: t('main.menu.window'),
      submenu: [
        { role: 'minimize', label: t('main.menu.minimize') },
        ...(isMac ? [{ role: 'zoom', label: t('main.menu.zoom') } as const] : []),
        { role: 'close', label: t('main.menu.close') },
      ],
    },
    {
      role: 'help',
      label: t('main.menu.help'),
      // On macOS About lives in the app menu and the Help menu gets the system search field.
      submenu: isMac ? [] : [{ role: 'about', label: t('main.menu.about') }],
    },
  ];
}
