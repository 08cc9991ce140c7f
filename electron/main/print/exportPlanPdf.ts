import { englishText, type TextOf } from '../../../shared/i18n/englishText';
import type { ExportPlanPdfArgs, IpcResult } from '../../../shared/ipc/contract';
import { saveFailureMessage } from '../files/saveFileMessage';
import { writeFileAtomically } from '../files/atomicFile';
import type { MirrorFs } from '../mirror/mirrorFs';
import type { PlanPdfHeading } from './pdfOptions';

/**
 * Plan to PDF, the steps in order: print the plan's view (the Electron adapter does it in a
 * hidden window), ask where to save it, write it atomically. Electron-free: printing, the save
 * dialog and the disk are injected, so the whole flow runs in plain Node tests.
 */

export type ExportPdfResult = IpcResult<'tandem:plan:exportPdf'>;

/** The `tandem:plan:exportPdf` channel's service (pdfExportService.electron.ts makes the app's). */
export interface PdfExportService {
  exportPlan(args: ExportPlanPdfArgs): Promise<ExportPdfResult>;
}

export interface PrintedPlan extends PlanPdfHeading {
  pdf: Uint8Array;
}

export interface PlanPdfExportDeps {
  /** Renders the print view and prints it; rejects with a message a person can act on. */
  print(args: ExportPlanPdfArgs): Promise<PrintedPlan>;
  /** The save dialog; null when the user cancels it. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The disk (tests inject a failing one); Node's by default. */
  fs?: MirrorFs;
  log?: (message: string) => void;
  /** The person's language for main's messages (MainI18n's `t`); English without it. */
  text?: TextOf;
}

/** A file name from the plan's title: letters of any script kept, path and reserved characters not. */
export function suggestedPdfName(planTitle: string, t: TextOf = englishText): string {
  const cleaned = planTitle
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned === '' ? t('main.pdf.untitledPlan') : cleaned}.pdf`;
}

export async function exportPlanPdf(
  args: ExportPlanPdfArgs,
  deps: PlanPdfExportDeps,
): Promise<ExportPdfResult> {
  const t = deps.text ?? englishText;
  let printed: PrintedPlan;
  try {
    printed = await deps.print(args);
  } catch (error) {
    deps.log?.(`printing plan ${args.planId} failed: ${String(error)}`);
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: t('main.pdf.printFailed', { reason }) };
  }
  const chosen = await deps.chooseSavePath(suggestedPdfName(printed.planTitle, t));
  if (chosen === null) return { status: 'cancelled' };
  // Exactly the file the dialog confirmed (it suggests "<title>.pdf" and asks before replacing
  // that one). Adding ".pdf" here could overwrite a file the dialog never asked about.
  const path = chosen;
  try {
    await writeFileAtomically(path, printed.pdf, { what: 'The PDF', fs: deps.fs });
  } catch (error) {
    deps.log?.(`saving ${path} failed: ${String(error)}`);
    // A SaveFileError names the path, the reason and what was left; anything else is unexpected.
    return { status: 'failed', message: saveFailureMessage(error, 'pdf', t) };
  }
  return { status: 'saved', path };
}
