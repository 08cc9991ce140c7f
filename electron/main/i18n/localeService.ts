import { join } from 'node:path';
import type { UiLocale } from '../../../shared/i18n/locales';
import { LOCALE_CHOICE_FILE, readLocaleChoice, writeLocaleChoice } from './localeChoiceFile';
import { MainI18n } from './mainI18n';

/** The person's language, as the `tandem:app:*Locale` channels see it. */
export interface LocaleService {
  current(): { locale: UiLocale; choice: UiLocale | null };
  /** Keeps the choice and speaks it from now on; resolves with the locale now in use. */
  choose(choice: UiLocale | null): Promise<UiLocale>;
}

/**
 * Main's language at start-up (the stored choice, else the system's languages) and the
 * tandem:app:*Locale channels: a choice is saved before it is answered, so the menu, dialogs and
 * notifications speak it from then on and after a restart.
 */
export async function startLocale(options: {
  userDataDir: string;
  preferredLanguages: () => readonly string[];
  track?: (write: Promise<void>) => Promise<void>;
}): Promise<{ i18n: MainI18n; service: LocaleService }> {
  const path = join(options.userDataDir, LOCALE_CHOICE_FILE);
  const i18n = new MainI18n(options.preferredLanguages, await readLocaleChoice(path));
  const service: LocaleService = {
    current: () => ({ locale: i18n.locale, choice: i18n.choice }),
    choose: async (choice: UiLocale | null) => {
      const write = writeLocaleChoice(path, choice);
      await (options.track ? options.track(write) : write);
      return i18n.choose(choice);
    },
  };
  return { i18n, service };
}
