import { englishText, type TextOf } from '../../../shared/i18n/englishText';
import type { ExportPlanPdfArgs, IpcResult, PlanPrintRequest } from '../../../shared/ipc/contract';
import type { ExportMeetingPdfArgs } from '../../../shared/ipc/meetingPdfIpc';
import { saveFailureMessage } from '../files/saveFileMessage';
import { writeFileAtomically } from '../files/atomicFile';
import type { MirrorFs } from '../mirror/mirrorFs';
import type { StoredConfirmation } from '../sharingLogic/summarySignatures';
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
  /** A one-on-one meeting (exportMeetingPdf.ts); absent where only plans print. */
  exportMeeting?(args: ExportMeetingPdfArgs): Promise<ExportPdfResult>;
}

export interface PrintedPlan extends PlanPdfHeading {
  pdf: Uint8Array;
}

export interface PlanPdfExportDeps {
  /** Renders the print view and prints it; rejects with a message a person can act on. */
  print(request: PlanPrintRequest): Promise<PrintedPlan>;
  /**
   * The sharing service's check of summary confirmations, for the meetings that discussed the
   * plan; absent (no sharing here), none of them prints as confirmed.
   */
  verify?: (spaceId: string, confirmations: readonly StoredConfirmation[]) => Promise<boolean[]>;
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
  return safePdfName(planTitle, t('main.pdf.untitledPlan'));
}

export function safePdfName(title: string, untitled: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned === '' ? untitled : cleaned}.pdf`;
}

export async function exportPlanPdf(
  args: ExportPlanPdfArgs,
  deps: PlanPdfExportDeps,
): Promise<ExportPdfResult> {
  const t = deps.text ?? englishText;
  const meetings = (args.conversations ?? []).map(({ spaceId, meetingId }) => ({ spaceId, meetingId }));
  const signed = await conversationSignaturesThatCheck(args, deps);
  const request: PlanPrintRequest = {
    planId: args.planId,
    pageSize: args.pageSize,
    includeAcknowledgement: args.includeAcknowledgement,
    meetings,
    signed,
  };
  return printAndSave(deps, {
    print: async () => {
      const printed = await deps.print(request);
      return { pdf: printed.pdf, fileName: suggestedPdfName(printed.planTitle, t) };
    },
    what: `plan ${args.planId}`,
    printFailed: (reason) => t('main.pdf.printFailed', { reason }),
  });
}

/**
 * The signatures, among the confirmations of the meetings that discussed the plan, that main's
 * check accepts (each space checked once, with that space's keys). Failing closed: a space whose
 * check throws contributes none.
 */
async function conversationSignaturesThatCheck(
  args: ExportPlanPdfArgs,
  deps: PlanPdfExportDeps,
): Promise<string[]> {
  const verify = deps.verify;
  if (!verify) return [];
  const bySpace = new Map<string, StoredConfirmation[]>();
  for (const meeting of args.conversations ?? []) {
    const stored = meeting.confirmations.map((c) => ({ ...c, meetingId: meeting.meetingId }));
    bySpace.set(meeting.spaceId, [...(bySpace.get(meeting.spaceId) ?? []), ...stored]);
  }
  const signed: string[] = [];
  for (const [spaceId, stored] of bySpace) {
    if (stored.length === 0) continue;
    try {
      const valid = await verify(spaceId, stored);
      signed.push(...stored.filter((_, i) => valid[i] === true).map((c) => c.signature));
    } catch (error) {
      deps.log?.(
        `checking confirmations for plan ${args.planId} in space ${spaceId} failed: ${String(error)}`,
      );
    }
  }
  return signed;
}

/** What a PDF export needs besides printing: the save dialog, the disk, the log, the words. */
export type PdfSaveDeps = Omit<PlanPdfExportDeps, 'print' | 'verify'>;

/**
 * The steps every PDF export shares, after the print view is chosen: print, ask where to save
 * (suggesting the printed document's own name), write atomically.
 */
export async function printAndSave(
  deps: PdfSaveDeps,
  job: {
    print: () => Promise<{ pdf: Uint8Array; fileName: string }>;
    /** For the log: what was being printed. */
    what: string;
    printFailed: (reason: string) => string;
  },
): Promise<ExportPdfResult> {
  const t = deps.text ?? englishText;
  let printed: { pdf: Uint8Array; fileName: string };
  try {
    printed = await job.print();
  } catch (error) {
    deps.log?.(`printing ${job.what} failed: ${String(error)}`);
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: job.printFailed(reason) };
  }
  const chosen = await deps.chooseSavePath(printed.fileName);
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
