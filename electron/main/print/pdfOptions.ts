import { englishText, type TextOf } from '../../../shared/i18n/englishText';
import type { PdfPageSize } from '../../../shared/ipc/contract';

/**
 * What a plan's PDF is printed with: the page size the user chose, tagged (accessible) PDF, an
 * outline from the print view's headings, backgrounds, and a running header and footer naming
 * the person, the plan and "page X of Y". Electron-free, so the e2e test prints the very same
 * header and footer with headless Chromium's `page.pdf()`.
 *
 * The field names are Electron's `webContents.printToPDF` options; Playwright's differ only in
 * name (see tests/e2e/planPdf.e2e.test.ts).
 */

export interface PlanPdfHeading {
  /** The plan's owner: the profile's display name. */
  ownerName: string;
  planTitle: string;
}

export interface PlanPdfOptions {
  pageSize: PdfPageSize;
  printBackground: true;
  generateTaggedPDF: true;
  generateDocumentOutline: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  /** The print view's own `@page` rule sets the size and margins the header and footer sit in. */
  preferCSSPageSize: true;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Names and titles are the user's text: they go into the template as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// Chromium renders the header and footer in their own tiny document with a default font size
// of 0, so every template states its font and size. The font stack matches the print view's
// (renderer/src/features/print/planPrint.css) so CJK and right-to-left names render there too.
const TEMPLATE_STYLE =
  "font-family: 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans Arabic', 'Noto Sans Hebrew', sans-serif;" +
  ' font-size: 8pt; color: #555; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between; gap: 12pt;';
const CELL_STYLE = 'overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: plaintext;';

export function headerTemplate({ ownerName, planTitle }: PlanPdfHeading, t: TextOf = englishText): string {
  const owner = ownerName.trim() === '' ? t('main.pdf.untitledPlan') : ownerName;
  return (
    `<div style="${TEMPLATE_STYLE}">` +
    `<span style="${CELL_STYLE}">${escapeHtml(owner)}</span>` +
    `<span style="${CELL_STYLE} text-align: end;">${escapeHtml(planTitle)}</span>` +
    `</div>`
  );
}

// Stand-ins for the page number spans while the sentence around them is escaped.
const PAGE = '\u0001';
const TOTAL = '\u0002';

/**
 * "Page 2 of 5" in the person's language: Chromium fills the `pageNumber` and `totalPages`
 * spans. The sentence is escaped as text; only the two spans are markup.
 */
export function footerTemplate(t: TextOf = englishText): string {
  const sentence = escapeHtml(t('main.pdf.footer', { page: PAGE, total: TOTAL }))
    .replace(PAGE, '<span class="pageNumber"></span>')
    .replace(TOTAL, '<span class="totalPages"></span>');
  return `<div style="${TEMPLATE_STYLE} justify-content: center;">` + `<span>${sentence}</span>` + `</div>`;
}

export function planPdfOptions(
  pageSize: PdfPageSize,
  heading: PlanPdfHeading,
  t: TextOf = englishText,
): PlanPdfOptions {
  return {
    pageSize,
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(heading, t),
    footerTemplate: footerTemplate(t),
    preferCSSPageSize: true,
  };
}
