import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDialogRequest } from '../../../electron/main/backup/fileDialogs';
import { SaveFileError } from '../../../electron/main/files/atomicFile';
import { saveFailureMessage } from '../../../electron/main/files/saveFileMessage';
import { MainI18n } from '../../../electron/main/i18n/mainI18n';
import { exportPlanPdf } from '../../../electron/main/print/exportPlanPdf';
import { footerTemplate, headerTemplate } from '../../../electron/main/print/pdfOptions';
import type { UiLocale } from '../../../shared/i18n/locales';

/**
 * What main says itself follows the person's language: the save dialogs, the PDF's running
 * header and footer, and the messages it sends back when a file cannot be saved.
 */

const speaking = (locale: UiLocale) => {
  const i18n = new MainI18n(() => ['en'], locale);
  return (id: Parameters<MainI18n['t']>[0], values?: Parameters<MainI18n['t']>[1]) => i18n.t(id, values);
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-main-words-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('main in the person’s language', () => {
  it('titles its save dialogs and their filters in German and Arabic, English by default', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(saveDialogRequest('backup', now)).toMatchObject({
      title: 'Save a full backup of Tandem',
      defaultName: 'tandem-backup-2026-03-10.zip',
      filters: [{ name: 'Tandem backup (ZIP)', extensions: ['zip'] }],
    });
    expect(saveDialogRequest('backup', now, speaking('de'))).toMatchObject({
      title: 'Vollständige Sicherung von Tandem speichern',
      filters: [{ name: 'Tandem-Sicherung (ZIP)', extensions: ['zip'] }],
    });
    expect(saveDialogRequest('journal-json', now, speaking('ar')).title).toBe('تصدير اليوميات بصيغة JSON');
  });

  it('writes the PDF footer’s “page X of Y” in the language, with Chromium’s number spans intact', () => {
    const spans = /<span class="pageNumber"><\/span>.*<span class="totalPages"><\/span>/;
    expect(footerTemplate()).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(footerTemplate(speaking('de'))).toContain(
      'Seite <span class="pageNumber"></span> von <span class="totalPages"></span>',
    );
    const arabic = footerTemplate(speaking('ar'));
    expect(arabic).toContain('الصفحة <span class="pageNumber"></span> من');
    expect(arabic).toMatch(spans);
    // A header without an owner names the document in the language; names stay text, not markup.
    expect(headerTemplate({ ownerName: '', planTitle: '<b>Plan</b>' }, speaking('de'))).toContain(
      'Entwicklungsplan',
    );
    expect(headerTemplate({ ownerName: 'سارة', planTitle: '<b>Plan</b>' }, speaking('ar'))).toContain(
      '&lt;b&gt;Plan&lt;/b&gt;',
    );
  });

  it('says why a file could not be saved in the person’s language, by the system’s error code', () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const error = new SaveFileError('/media/usb/plan.pdf', 'nothing', 'The PDF', full);
    expect(saveFailureMessage(error, 'pdf')).toBe(
      'The PDF could not be saved to /media/usb/plan.pdf: the disk is full. Nothing was written there.',
    );
    expect(saveFailureMessage(error, 'pdf', speaking('de'))).toBe(
      'Die PDF-Datei konnte nicht unter /media/usb/plan.pdf gespeichert werden: der Datenträger ist voll. Dort wurde nichts geschrieben.',
    );
    // An unusual error keeps the system's own words as the reason.
    const odd = new SaveFileError('/x/y.zip', 'unconfirmed', 'The backup', new Error('strange failure'));
    expect(saveFailureMessage(odd, 'backup', speaking('ar'))).toContain('strange failure');
  });

  it('reports a PDF that could not be printed in the person’s language', async () => {
    const result = await exportPlanPdf(
      { planId: 'p1', pageSize: 'A4', includeAcknowledgement: false },
      {
        print: () => Promise.reject(new Error('the print view did not load')),
        chooseSavePath: () => Promise.resolve(join(dir, 'plan.pdf')),
        text: speaking('de'),
      },
    );
    expect(result).toEqual({
      status: 'failed',
      message: 'Der Plan konnte nicht gedruckt werden: the print view did not load',
    });
  });
});
