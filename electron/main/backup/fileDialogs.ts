import type { ExportPurpose } from '../../../shared/export/exportIpc';
import { englishText, type TextOf } from '../../../shared/i18n/englishText';

/**
 * The save and open dialogs the export and backup service needs, as an interface: Electron's
 * `dialog` behind it in the app (backupDialogs.electron.ts), a scripted stand-in in tests and the e2e
 * harness. Each returns an absolute path, or null when the person cancelled.
 */
export interface FileDialogs {
  chooseSavePath(options: SaveDialogRequest): Promise<string | null>;
  chooseOpenPath(options: OpenDialogRequest): Promise<string | null>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveDialogRequest {
  purpose: ExportPurpose;
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

export interface OpenDialogRequest {
  purpose: 'backup' | 'journal-json';
  title: string;
  filters: FileFilter[];
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/** The save dialog for an export or a backup, worded in the person's language. */
export function saveDialogRequest(
  purpose: ExportPurpose,
  now: Date,
  t: TextOf = englishText,
): SaveDialogRequest {
  switch (purpose) {
    case 'backup':
      return {
        purpose,
        title: t('main.dialog.backupSave.title'),
        defaultName: t('main.dialog.backupSave.name', { day: day(now) }),
        filters: [{ name: t('main.dialog.backupFilter'), extensions: ['zip'] }],
      };
    case 'journal-json':
      return {
        purpose,
        title: t('main.dialog.jsonSave.title'),
        defaultName: `tandem-journal-${day(now)}.json`,
        filters: [{ name: t('main.dialog.jsonFilter'), extensions: ['json'] }],
      };
    case 'consent-record':
      return {
        purpose,
        title: 'Export the record of what was shared',
        defaultName: `tandem-consent-record-${day(now)}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
      };
    case 'journal-markdown':
      return {
        purpose,
        title: t('main.dialog.markdownSave.title'),
        defaultName: `tandem-journal-${day(now)}-markdown.zip`,
        filters: [{ name: t('main.dialog.markdownFilter'), extensions: ['zip'] }],
      };
  }
}
