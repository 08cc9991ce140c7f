import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isUiLocale, type UiLocale } from '../../../shared/i18n/locales';
import { writeJsonFileAtomically } from '../files/atomicFile';

/**
 * locale.json in userData: the language chosen in Settings, or none (follow the system). Main
 * reads it before it builds anything with words in it; a missing or unreadable file means "follow
 * the system", never an error at start-up.
 */

export const LOCALE_CHOICE_FILE = 'locale.json';

const localeChoiceFileSchema = z.object({
  version: z.literal(1),
  choice: z.string().nullable(),
});

export async function readLocaleChoice(path: string): Promise<UiLocale | null> {
  try {
    const parsed = localeChoiceFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success && isUiLocale(parsed.data.choice) ? parsed.data.choice : null;
  } catch {
    return null;
  }
}

export async function writeLocaleChoice(path: string, choice: UiLocale | null): Promise<void> {
  await writeJsonFileAtomically(path, { version: 1, choice }, { what: 'The language setting' });
}
