import { englishText, type TextOf } from '../../../shared/i18n/englishText';
import { SaveFileError } from './atomicFile';

/**
 * What main tells the window when a file could not be saved, in the person's language: what
 * (the PDF, the export, the backup), where, why (by the system's error code when it is one a
 * person can act on) and what was left on disk. Anything but a SaveFileError says its own message.
 */
export type SavedThing = 'pdf' | 'export' | 'backup' | 'file';

export function saveFailureMessage(error: unknown, what: SavedThing, text: TextOf = englishText): string {
  if (!(error instanceof SaveFileError)) return error instanceof Error ? error.message : String(error);
  const reason = text('main.save.reason', { code: error.code ?? 'other', detail: error.reason });
  return text(error.left === 'nothing' ? 'main.save.nothing' : 'main.save.unconfirmed', {
    what,
    path: error.path,
    reason,
  });
}
