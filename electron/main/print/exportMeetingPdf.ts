import { englishText } from '../../../shared/i18n/englishText';
import type { ExportMeetingPdfArgs, MeetingPrintRequest } from '../../../shared/ipc/meetingPdfIpc';
import type { StoredConfirmation } from '../sharingLogic/summarySignatures';
import { printAndSave, safePdfName, type ExportPdfResult, type PdfSaveDeps } from './exportPlanPdf';
import type { PlanPdfHeading } from './pdfOptions';

/**
 * A one-on-one meeting to PDF (issue 17, point 4), the steps in order: check the summary's
 * confirmations against the keys of the roles they claim, print the meeting's print view with
 * the signatures that checked (the hidden print window cannot ask main itself), ask where to
 * save, write atomically. Electron-free, like the plan's export.
 */

export interface PrintedMeeting extends PlanPdfHeading {
  pdf: Uint8Array;
}

export interface MeetingPdfExportDeps extends PdfSaveDeps {
  print(request: MeetingPrintRequest): Promise<PrintedMeeting>;
  /**
   * The sharing service's check of summary confirmations; absent (no sharing on this
   * installation), none counts as confirmed on paper.
   */
  verify?: (spaceId: string, confirmations: readonly StoredConfirmation[]) => Promise<boolean[]>;
}

async function signaturesThatCheck(
  args: ExportMeetingPdfArgs,
  deps: MeetingPdfExportDeps,
): Promise<string[]> {
  if (!deps.verify || args.confirmations.length === 0) return [];
  const stored = args.confirmations.map((c) => ({ ...c, meetingId: args.meetingId }));
  try {
    const valid = await deps.verify(args.spaceId, stored);
    return stored.filter((_, i) => valid[i] === true).map((c) => c.signature);
  } catch (error) {
    // Failing closed: a confirmation nobody could check prints as not confirmed.
    deps.log?.(`checking confirmations of meeting ${args.meetingId} failed: ${String(error)}`);
    return [];
  }
}

export async function exportMeetingPdf(
  args: ExportMeetingPdfArgs,
  deps: MeetingPdfExportDeps,
): Promise<ExportPdfResult> {
  const t = deps.text ?? englishText;
  const signed = await signaturesThatCheck(args, deps);
  return printAndSave(deps, {
    print: async () => {
      const printed = await deps.print({
        spaceId: args.spaceId,
        meetingId: args.meetingId,
        pageSize: args.pageSize,
        signed,
      });
      return { pdf: printed.pdf, fileName: safePdfName(printed.planTitle, t('meetingPdf.main.untitled')) };
    },
    what: `meeting ${args.meetingId}`,
    printFailed: (reason) => t('meetingPdf.main.printFailed', { reason }),
  });
}
