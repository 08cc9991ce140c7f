import { z } from 'zod';

/**
 * The languages Tandem ships and how a person's preference picks one. Runs anywhere: main
 * asks with the operating system's preferred languages, the window with the same list (or the
 * person's choice in Settings), and both arrive at the same locale.
 */

/** Complete catalogues ship for these; every other language falls back to one of them. */
export const SHIPPED_LOCALES = ['en', 'de', 'ar'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

/**
 * An accented, 30 % longer English for finding text that is clipped, concatenated or not in a
 * catalogue at all. Offered in Settings only in development builds and used by the e2e suite.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = ShippedLocale | typeof PSEUDO_LOCALE;

export const SOURCE_LOCALE: ShippedLocale = 'en';

/** Each shipped language by its own name, for the picker in Settings. */
export const LOCALE_NAMES: Readonly<Record<UiLocale, string>> = {
  en: 'English',
  de: 'Deutsch',
  ar: 'العربية',
  [PSEUDO_LOCALE]: 'Ƥšéûđö (test)',
};

/** A locale crossing the process boundary (Settings → main) is parsed, never trusted. */
export const uiLocaleSchema = z.enum([...SHIPPED_LOCALES, PSEUDO_LOCALE]);

export function isUiLocale(value: unknown): value is UiLocale {
  return value === PSEUDO_LOCALE || (SHIPPED_LOCALES as readonly unknown[]).includes(value);
}

/** The primary language subtag, lower-cased: `de-AT` → `de`, `zh-Hant-TW` → `zh`. */
function languageOf(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The locale to show, from an explicit choice (Settings) and the preferred languages in order
 * (operating system or browser). An exact match wins, then the first preferred language Tandem
 * has (`de-CH` → `de`), then English. A choice Tandem does not ship is ignored, not an error.
 */
export function negotiateLocale(preferred: readonly string[], choice?: string | null): UiLocale {
  if (choice !== undefined && choice !== null && isUiLocale(choice)) return choice;
  for (const tag of preferred) {
    if (isUiLocale(tag)) return tag;
    const language = languageOf(tag);
    const shipped = SHIPPED_LOCALES.find((locale) => locale === language);
    if (shipped) return shipped;
  }
  return SOURCE_LOCALE;
}

/** Text direction of a locale: Arabic (and any later right-to-left language) is `rtl`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return ['ar', 'he', 'fa', 'ur'].includes(languageOf(locale)) ? 'rtl' : 'ltr';
}

/**
 * Wraps text that comes from people (names, titles) in Unicode first-strong isolates, so a
 * right-to-left name inside a left-to-right sentence (or the reverse) keeps its own order and
 * does not reorder the words around it. For plain-text places (notifications, menus, the PDF's
 * header); in the page, `<bdi>` does the same.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
