import { describe, expect, it, vi } from 'vitest';

const dialog = {
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
};
vi.mock('electron', () => ({ dialog }));

const { electronFileDialogs } = await import('../../../electron/main/backup/backupDialogs.electron');
const { saveDialogRequest } = await import('../../../electron/main/backup/fileDialogs');

describe('export and backup dialogs', () => {
  const parent = { id: 1 };
  const dialogs = electronFileDialogs({
    parentWindow: () => parent as never,
    defaultFolder: () => '/home/me/Documents',
  });

  it('asks where to save, modal to the window, suggesting a dated name with the right filter', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/me/Documents/b.zip' });
    const path = await dialogs.chooseSavePath(saveDialogRequest('backup', new Date('2026-05-06T10:00:00Z')));
    expect(path).toBe('/home/me/Documents/b.zip');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(parent, {
      title: 'Save a full backup of Tandem',
      defaultPath: '/home/me/Documents/tandem-backup-2026-05-06.zip',
      filters: [{ name: 'Tandem backup (ZIP)', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('answers null when the person cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogs.chooseSavePath(saveDialogRequest('journal-json', new Date()))).toBeNull();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.chooseOpenPath({ purpose: 'backup', title: 'Restore', filters: [] })).toBeNull();
  });

  it('opens one file', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/tmp/x.json'] });
    const path = await dialogs.chooseOpenPath({
      purpose: 'journal-json',
      title: 'Import',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    expect(path).toBe('/tmp/x.json');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(parent, {
      title: 'Import',
      defaultPath: '/home/me/Documents',
      filters: [{ name: 'JSON', extensions: ['json'] }],
      properties: ['openFile'],
    });
  });
});
