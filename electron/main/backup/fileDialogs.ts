import type { ExportPurpose } from '../../../shared/export/exportIpc';

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

export function saveDialogRequest(purpose: ExportPurpose, now: Date): SaveDialogRequest {
  switch (purpose) {
    case 'backup':
      return {
        purpose,
        title: 'Save a full backup of Tandem',
        defaultName: `tandem-backup-${day(now)}.zip`,
        filters: [{ name: 'Tandem backup (ZIP)', extensions: ['zip'] }],
      };
    case 'journal-json':
      return {
        purpose,
        title: 'Export the journal as JSON',
        defaultName: `tandem-journal-${day(now)}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
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
        title: 'Export the journal as Markdown',
        defaultName: `tandem-journal-${day(now)}-markdown.zip`,
        filters: [{ name: 'Markdown files (ZIP)', extensions: ['zip'] }],
      };
  }
}
