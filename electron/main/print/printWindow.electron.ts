import { BrowserWindow } from 'electron';
import { z } from 'zod';
import { planPrintPath, type PdfPageSize, type PlanPrintRequest } from '../../../shared/ipc/contract';
import { meetingPrintPath, type MeetingPrintRequest } from '../../../shared/ipc/meetingPdfIpc';
import type { PrintedMeeting } from './exportMeetingPdf';
import type { PrintedPlan } from './exportPlanPdf';
import type { TextOf } from '../../../shared/i18n/englishText';
import { planPdfOptions } from './pdfOptions';

/**
 * The Electron half of printing a plan or a meeting: a hidden, sandboxed window with no preload loads the
 * app's print route, which reads the plan from the app's local store (same origin, same
 * IndexedDB) and marks <html> once its data and fonts are ready; then `printToPDF`. Without a
 * preload the window can reach no IPC at all, so it can only read and print.
 */

export interface PrintWindowSettings {
  /** The app's page: app://tandem/index.html, or the dev server's URL. */
  appUrl: string;
  /** How long the print view may take to load before export gives up. */
  timeoutMs?: number;
  pollMs?: number;
  /** The person's language for the running header and footer; English without it. */
  text?: TextOf;
}

/** What the print view says on <html> (renderer/src/features/print/usePrintReadyMark.ts). */
const printStateSchema = z.object({
  state: z.enum(['loading', 'ready', 'error']).nullable(),
  ownerName: z.string().max(200),
  planTitle: z.string().max(400),
  error: z.string().max(2000).nullable(),
});

// Runs in the print page's main world; it only reads attributes.
const READ_PRINT_STATE = `(() => {
  const d = document.documentElement.dataset;
  return {
    state: d.printState ?? null,
    ownerName: d.printOwner ?? '',
    planTitle: d.printTitle ?? '',
    error: d.printError ?? null,
  };
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPrintView(
  contents: Pick<Electron.WebContents, 'executeJavaScript'>,
  timeoutMs: number,
  pollMs: number,
): Promise<{ ownerName: string; planTitle: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const raw: unknown = await contents.executeJavaScript(READ_PRINT_STATE);
    const parsed = printStateSchema.safeParse(raw);
    if (!parsed.success) throw new Error('the print view reported something unexpected');
    const { state, ownerName, planTitle, error } = parsed.data;
    if (state === 'ready') return { ownerName, planTitle };
    if (state === 'error') throw new Error(error ?? 'the print view could not show the plan');
    if (Date.now() > deadline) {
      throw new Error(`the print view did not finish loading within ${Math.round(timeoutMs / 1000)} s`);
    }
    await sleep(pollMs);
  }
}

export function printPlanInHiddenWindow(
  args: PlanPrintRequest,
  settings: PrintWindowSettings,
): Promise<PrintedPlan> {
  return printRouteInHiddenWindow(planPrintPath(args), args.pageSize, settings);
}

/** A meeting's print view (`meetingPrintPath`), with the signatures main has already checked. */
export function printMeetingInHiddenWindow(
  request: MeetingPrintRequest,
  settings: PrintWindowSettings,
): Promise<PrintedMeeting> {
  return printRouteInHiddenWindow(meetingPrintPath(request), request.pageSize, settings);
}

async function printRouteInHiddenWindow(
  route: string,
  pageSize: PdfPageSize,
  settings: PrintWindowSettings,
): Promise<PrintedPlan> {
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    title: 'Tandem — printing',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      spellcheck: false,
      // A window that is never shown is otherwise throttled: its timers slow and fonts wait.
      backgroundThrottling: false,
    },
  });
  try {
    await win.loadURL(`${settings.appUrl}#${route}`);
    const heading = await waitForPrintView(
      win.webContents,
      settings.timeoutMs ?? 20_000,
      settings.pollMs ?? 50,
    );
    const pdf = await win.webContents.printToPDF(planPdfOptions(pageSize, heading, settings.text));
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), ...heading };
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
