import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu/menuTemplate';

function roles(platform: NodeJS.Platform): (string | undefined)[] {
  return buildMenuTemplate(platform).map((item) => item.role);
}

function helpItems(platform: NodeJS.Platform): unknown {
  return buildMenuTemplate(platform).find((item) => item.role === 'help')?.submenu;
}

describe('buildMenuTemplate', () => {
  it('puts the app menu first on macOS, with About there and not in Help', () => {
    expect(roles('darwin')).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(helpItems('darwin')).toEqual([]);
  });

  it.each(['win32', 'linux'] as const)('has no app menu on %s and About under Help', (platform) => {
    expect(roles(platform)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(helpItems(platform)).toEqual([{ role: 'about', label: 'About Tandem' }]);
  });

  it('labels every menu and item in the person’s language, keeping the roles', async () => {
    const { MainI18n } = await import('../../electron/main/i18n/mainI18n');
    const german = new MainI18n(() => ['de-DE'], null);
    const menu = buildMenuTemplate('linux', (id, values) => german.t(id, values));
    expect(menu.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    const edit = menu.find((item) => item.role === 'editMenu')?.submenu;
    expect(edit).toContainEqual({ role: 'copy', label: 'Kopieren' });
    expect(edit).toContainEqual({ role: 'paste', label: 'Einfügen' });
    // Every item but separators has a label: none falls back to Electron's English.
    const unlabelled = menu
      .flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []))
      .filter((item) => item.type !== 'separator' && !item.label);
    expect(unlabelled).toEqual([]);
  });
});
