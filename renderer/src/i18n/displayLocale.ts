import { PSEUDO_LOCALE, type UiLocale } from '../../../shared/i18n/locales';

/**
 * The locale dates and numbers are formatted in outside React's context: helpers such as
 * `formatCalendarDate` are plain functions called from hundreds of places. The window's
 * language sets it (applyDocumentLocale) before anything renders in that language; until then,
 * and in component tests without a provider, it is English. Formatters are built on first use
 * per locale and kept: Intl's formatters are many times faster reused than built per call.
 */

let current = 'en';
const formatters = new Map<string, Intl.DateTimeFormat>();

export function setDisplayLocale(locale: UiLocale): void {
  // The pseudo-locale formats dates and numbers as English.
  current = locale === PSEUDO_LOCALE ? 'en' : locale;
}

export function displayLocale(): string {
  return current;
}

/** A date formatter for the display locale, by a name for its options ("calendarDay"). */
export function dateFormatter(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${current}|${name}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(current, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
