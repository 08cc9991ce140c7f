import {
  directionOf,
  isUiLocale,
  negotiateLocale,
  PSEUDO_LOCALE,
  type UiLocale,
} from '../../../shared/i18n/locales';
import { setDisplayLocale } from './displayLocale';

/**
 * Which language the window shows: the person's choice in Settings if they made one, else the
 * operating system's preferred languages (Electron passes them to the page as
 * `navigator.languages`). The choice is kept in this profile's localStorage so the first frame
 * is already in the right language, without waiting for main.
 */

const CHOICE_KEY = 'tandem.locale';

export function storedLocaleChoice(): UiLocale | null {
  try {
    const stored = window.localStorage.getItem(CHOICE_KEY);
    return isUiLocale(stored) ? stored : null;
  } catch {
    // Storage can be unavailable (a locked-down profile); the system's languages still apply.
    return null;
  }
}

export function storeLocaleChoice(choice: UiLocale | null): void {
  try {
    if (choice === null) window.localStorage.removeItem(CHOICE_KEY);
    else window.localStorage.setItem(CHOICE_KEY, choice);
  } catch {
    // Not kept for next time; this session still shows it.
  }
}

export function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

export function initialLocale(): UiLocale {
  return negotiateLocale(systemLanguages(), storedLocaleChoice());
}

/** `<html lang dir>`: screen readers, hyphenation, fonts and the layout's direction follow it. */
export function applyDocumentLocale(locale: UiLocale): void {
  const root = document.documentElement;
  // The pseudo-locale is English to assistive technology and to Intl.
  root.lang = locale === PSEUDO_LOCALE ? 'en' : locale;
  root.dir = directionOf(locale);
  setDisplayLocale(locale);
}
