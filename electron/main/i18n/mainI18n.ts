import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import arabic from '../../../shared/i18n/catalogues/ar';
import german from '../../../shared/i18n/catalogues/de';
import { negotiateLocale, PSEUDO_LOCALE, type UiLocale } from '../../../shared/i18n/locales';
import { englishMessages, withEnglishFallback, type MessageId } from '../../../shared/i18n/messages';
import { pseudoCatalogue } from '../../../shared/i18n/pseudoLocale';

/**
 * Main's side of the person's language: the same catalogues and the same choice as the window
 * (Settings → Language), for what main says itself — dialogs, notifications, the PDF's running
 * header and footer, messages it sends back. Electron-free: the preferred languages and the
 * stored choice are handed in.
 */

export type Values = Record<string, string | number | Date | null | undefined>;

const catalogues: Record<UiLocale, () => Readonly<Record<string, string>>> = {
  en: () => englishMessages,
  de: () => withEnglishFallback(german),
  ar: () => withEnglishFallback(arabic),
  [PSEUDO_LOCALE]: () => pseudoCatalogue(englishMessages),
};

export class MainI18n {
  private readonly cache = createIntlCache();
  private intl: IntlShape;
  private current: UiLocale;

  constructor(
    private readonly preferred: () => readonly string[],
    private storedChoice: UiLocale | null,
  ) {
    this.current = negotiateLocale(preferred(), storedChoice);
    this.intl = this.intlFor(this.current);
  }

  get locale(): UiLocale {
    return this.current;
  }

  get choice(): UiLocale | null {
    return this.storedChoice;
  }

  /** Follows a new choice (null: the system's languages); returns the locale now in use. */
  choose(choice: UiLocale | null): UiLocale {
    this.storedChoice = choice;
    this.current = negotiateLocale(this.preferred(), choice);
    this.intl = this.intlFor(this.current);
    return this.current;
  }

  t(id: MessageId, values?: Values): string {
    return this.intl.formatMessage({ id }, values);
  }

  /** A date in the person's language, e.g. for a file name or a PDF footer. */
  formatDate(value: number | Date, options?: Intl.DateTimeFormatOptions): string {
    return this.intl.formatDate(value, options);
  }

  private intlFor(locale: UiLocale): IntlShape {
    return createIntl(
      {
        // The pseudo-locale formats dates and numbers as English.
        locale: locale === PSEUDO_LOCALE ? 'en' : locale,
        defaultLocale: 'en',
        messages: catalogues[locale](),
        // Every id exists in English underneath; anything else is a bug for the log, not the person.
        onError: (error) => console.warn(`[tandem] i18n: ${error.message}`),
      },
      this.cache,
    );
  }
}
