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
    expect(helpItems(platform)).toEqual([{ role: 'about' }]);
  });
});
