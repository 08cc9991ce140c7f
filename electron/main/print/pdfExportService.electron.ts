import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { englishText, type TextOf } from '../../../shared/i18n/englishText';
import { exportPlanPdf, type PdfExportService } from './exportPlanPdf';
import { exportMeetingPdf, type MeetingPdfExportDeps } from './exportMeetingPdf';
import { printMeetingInHiddenWindow, printPlanInHiddenWindow } from './printWindow.electron';

/** Wires plan and meeting to PDF to Electron: the hidden print window and the native save dialog. */

export interface PdfExportServiceSettings {
  appUrl: string;
  /** Where the save dialog starts (the user's Documents folder), asked for when it opens. */
  documentsDir: () => string;
  /** The window the save dialog belongs to. */
  parentWindow: () => BrowserWindow | null;
  log: (message: string) => void;
  /** The person's language, asked each time (it can change while Tandem runs). */
  text?: TextOf;
  /** Checks meeting summaries' confirmations (the sharing service's), for the meeting and plan PDFs. */
  verifyConfirmations?: MeetingPdfExportDeps['verify'];
}

export function createPdfExportService(settings: PdfExportServiceSettings): PdfExportService {
  const text = settings.text ?? englishText;
  const chooseSavePath = async (suggestedName: string): Promise<string | null> => {
    const options: Electron.SaveDialogOptions = {
      title: text('main.dialog.pdfSave.title'),
      defaultPath: join(settings.documentsDir(), suggestedName),
      buttonLabel: text('main.dialog.pdfSave.button'),
      filters: [{ name: text('main.dialog.pdfFilter'), extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = settings.parentWindow();
    const chosen =
      parent && !parent.isDestroyed()
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  };
  const window = { appUrl: settings.appUrl, text };
  return {
    exportPlan: (args) =>
      exportPlanPdf(args, {
        print: (request) => printPlanInHiddenWindow(request, window),
        verify: settings.verifyConfirmations,
        chooseSavePath,
        log: settings.log,
        text,
      }),
    exportMeeting: (args) =>
      exportMeetingPdf(args, {
        print: (request) => printMeetingInHiddenWindow(request, window),
        verify: settings.verifyConfirmations,
        chooseSavePath,
        log: settings.log,
        text,
      }),
  };
}
