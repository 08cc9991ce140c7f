import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Plan to PDF in main with `electron` mocked at the module boundary: the hidden print window's
 * options, the page it loads, waiting for the print view, the printToPDF options, the save
 * dialog, and the file that lands on disk (or, on failure, that nothing does).
 */

interface PrintState {
  state: 'loading' | 'ready' | 'error' | null;
  ownerName: string;
  planTitle: string;
  error: string | null;
}

const electron = vi.hoisted(() => {
  class FakeWebContents {
    states: unknown[] = [];
    printed: Record<string, unknown>[] = [];
    pdfBytes = Buffer.from('%PDF-1.7 fake pdf bytes %%EOF');
    executeJavaScript = vi.fn((_code: string) =>
      Promise.resolve(this.states.length > 1 ? this.states.shift() : this.states[0]),
    );
    printToPDF = vi.fn((options: Record<string, unknown>) => {
      this.printed.push(options);
      return Promise.resolve(this.pdfBytes);
    });
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static nextStates: unknown[] = [];
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      this.webContents.states = [...FakeBrowserWindow.nextStates];
      FakeBrowserWindow.instances.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  const dialog = {
    answer: { canceled: false, filePath: '' as string | undefined },
    showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve(dialog.answer)),
  };
  return { FakeBrowserWindow, dialog };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, dialog: electron.dialog }));

const { createPdfExportService } = await import('../../../electron/main/print/pdfExportService.electron');

const OWNER = 'Zoë <b>Ångström</b> & 李小龍';
const TITLE = 'Lead plan: "Q3/Q4" — crème';
const ready = (overrides: Partial<PrintState> = {}): PrintState => ({
  state: 'ready',
  ownerName: OWNER,
  planTitle: TITLE,
  error: null,
  ...overrides,
});
const loading: PrintState = { state: 'loading', ownerName: '', planTitle: '', error: null };

let dir: string;
const logs: string[] = [];
const service = () =>
  createPdfExportService({
    appUrl: 'app://tandem/index.html',
    documentsDir: () => '/home/zoe/Documents',
    parentWindow: () => null,
    log: (message) => logs.push(message),
  });
const args = { planId: 'plan_123-abc', pageSize: 'Letter', includeAcknowledgement: true } as const;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-pdf-unit-'));
  electron.FakeBrowserWindow.instances = [];
  electron.FakeBrowserWindow.nextStates = [loading, loading, ready()];
  electron.dialog.showSaveDialog.mockClear();
  electron.dialog.answer = { canceled: false, filePath: join(dir, 'plan.pdf') };
  logs.length = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const theWindow = () => {
  const win = electron.FakeBrowserWindow.instances[0];
  if (!win) throw new Error('no print window was created');
  return win;
};

describe('plan to PDF in main', () => {
  it('prints the plan route in a hidden sandboxed window with the agreed options and saves the file', async () => {
    const result = await service().exportPlan(args);
    expect(result).toEqual({ status: 'saved', path: join(dir, 'plan.pdf') });

    const win = theWindow();
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
        backgroundThrottling: false,
      },
    });
    // No preload: the print window can reach no IPC at all.
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(win.loadedUrl).toBe('app://tandem/index.html#/print/plans/plan_123-abc?size=Letter&ack=1');
    // It waited through "loading" until the view said ready, then printed once.
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(1);
    const options = win.webContents.printed[0]!;
    expect(options).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      preferCSSPageSize: true,
    });
    // The header names the person and the plan, as text (escaped), never as markup.
    expect(options.headerTemplate).toContain('Zoë &lt;b&gt;Ångström&lt;/b&gt; &amp; 李小龍');
    expect(options.headerTemplate).toContain('Lead plan: &quot;Q3/Q4&quot; — crème');
    expect(options.headerTemplate).not.toContain('<b>');
    expect(options.headerTemplate).toMatch(/font-size: \d+pt/);
    expect(options.footerTemplate).toMatch(
      /Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/,
    );
    expect(win.destroyed).toBe(true);

    // The save dialog offers the plan's title as a file name (the slash taken out) in Documents.
    const [dialogOptions] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(dialogOptions).toMatchObject({
      defaultPath: '/home/zoe/Documents/Lead plan Q3 Q4 — crème.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(await readFile(join(dir, 'plan.pdf'), 'utf8')).toBe('%PDF-1.7 fake pdf bytes %%EOF');
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });

  it('writes exactly the file the save dialog confirmed, never one it did not ask about', async () => {
    // "my plan.pdf" exists; the person typed "my plan" and the dialog confirmed that name. Adding
    // ".pdf" afterwards would overwrite the other file without the dialog ever asking about it.
    await writeFile(join(dir, 'my plan.pdf'), 'an unrelated PDF the person keeps');
    electron.dialog.answer = { canceled: false, filePath: join(dir, 'my plan') };
    await expect(service().exportPlan(args)).resolves.toEqual({
      status: 'saved',
      path: join(dir, 'my plan'),
    });
    expect(await readFile(join(dir, 'my plan.pdf'), 'utf8')).toBe('an unrelated PDF the person keeps');
    expect(await readFile(join(dir, 'my plan'), 'utf8')).toBe('%PDF-1.7 fake pdf bytes %%EOF');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    electron.dialog.answer = { canceled: true, filePath: undefined };
    await expect(service().exportPlan(args)).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
    expect(theWindow().destroyed).toBe(true);
  });

  it('reports the print view’s own reason and asks for no file when the plan cannot be shown', async () => {
    electron.FakeBrowserWindow.nextStates = [
      loading,
      ready({ state: 'error', error: 'This plan is not in your journal any more.' }),
    ];
    await expect(service().exportPlan(args)).resolves.toEqual({
      status: 'failed',
      message: 'The plan could not be printed: This plan is not in your journal any more.',
    });
    expect(theWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(theWindow().destroyed).toBe(true);
  });

  it('refuses a print view that answers something unexpected', async () => {
    electron.FakeBrowserWindow.nextStates = [{ state: 'ready', ownerName: 42 }];
    const result = await service().exportPlan(args);
    expect(result).toEqual({
      status: 'failed',
      message: 'The plan could not be printed: the print view reported something unexpected',
    });
  });

  it('says why the file could not be written and leaves no file behind', async () => {
    // A folder already has the chosen name: the rename fails after the bytes were written.
    const target = join(dir, 'taken.pdf');
    await mkdir(target);
    await writeFile(join(dir, 'other.txt'), 'untouched');
    electron.dialog.answer = { canceled: false, filePath: target };
    await expect(service().exportPlan(args)).resolves.toEqual({
      status: 'failed',
      message: `The PDF could not be saved to ${target}: a folder already has that name. Nothing was written there.`,
    });
    expect((await readdir(dir)).sort()).toEqual(['other.txt', 'taken.pdf']);
    expect(await readdir(target)).toEqual([]);
  });

  it('says so when the chosen folder is gone', async () => {
    const target = join(dir, 'missing', 'plan.pdf');
    electron.dialog.answer = { canceled: false, filePath: target };
    const result = await service().exportPlan(args);
    expect(result).toEqual({
      status: 'failed',
      message: `The PDF could not be saved to ${target}: that folder does not exist any more. Nothing was written there.`,
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
