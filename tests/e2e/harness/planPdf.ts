import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { planPrintPath, type PlanPrintRequest } from '../../../shared/ipc/contract';
import type { PrintedPlan } from '../../../electron/main/print/exportPlanPdf';
import type { PrintedMeeting } from '../../../electron/main/print/exportMeetingPdf';
import { meetingPrintPath, type MeetingPrintRequest } from '../../../shared/ipc/meetingPdfIpc';
import { planPdfOptions, type PlanPdfOptions } from '../../../electron/main/print/pdfOptions';

/**
 * Printing a plan as the app does, with Playwright's `page.pdf()` standing in for Electron's
 * `webContents.printToPDF()` (the same Chromium printing code): the same print route, the same
 * readiness marker, the same options from `planPdfOptions`, renamed to Playwright's names.
 */

export function playwrightPdfOptions(options: PlanPdfOptions): NonNullable<Parameters<Page['pdf']>[0]> {
  return {
    format: options.pageSize,
    printBackground: options.printBackground,
    tagged: options.generateTaggedPDF,
    outline: options.generateDocumentOutline,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    preferCSSPageSize: options.preferCSSPageSize,
  };
}

/** Waits for the print view's verdict; throws with its reason when it could not show the plan. */
export async function waitForPrintView(
  page: Page,
  timeout = 15_000,
): Promise<{ ownerName: string; planTitle: string }> {
  await page
    .locator('html[data-print-state="ready"], html[data-print-state="error"]')
    .waitFor({ state: 'attached', timeout });
  const html = page.locator('html');
  if ((await html.getAttribute('data-print-state')) === 'error') {
    throw new Error(`The print view failed: ${await html.getAttribute('data-print-error')}`);
  }
  return {
    ownerName: (await html.getAttribute('data-print-owner')) ?? '',
    planTitle: (await html.getAttribute('data-print-title')) ?? '',
  };
}

/** Loads the print route in `page` (a fresh load of the app at that address) and prints it. */
export async function printPlanWithChromium(
  page: Page,
  appUrl: string,
  args: PlanPrintRequest,
): Promise<PrintedPlan> {
  await page.goto(`${appUrl}#${planPrintPath(args)}`);
  const heading = await waitForPrintView(page);
  const pdf = await page.pdf(playwrightPdfOptions(planPdfOptions(args.pageSize, heading)));
  return { pdf: new Uint8Array(pdf), ...heading };
}

/** A meeting's print route printed as main's hidden window does (`printMeetingInHiddenWindow`). */
export async function printMeetingWithChromium(
  page: Page,
  appUrl: string,
  request: MeetingPrintRequest,
): Promise<PrintedMeeting> {
  await page.goto(`${appUrl}#${meetingPrintPath(request)}`);
  const heading = await waitForPrintView(page);
  const pdf = await page.pdf(playwrightPdfOptions(planPdfOptions(request.pageSize, heading)));
  return { pdf: new Uint8Array(pdf), ...heading };
}

const run = promisify(execFile);

/** Runs a poppler or qpdf tool and returns what it printed. */
export async function pdfTool(
  tool: 'pdftotext' | 'pdfinfo' | 'qpdf' | 'pdftoppm',
  args: string[],
): Promise<string> {
  const { stdout } = await run(tool, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}
