import { createIntl, createIntlCache } from '@formatjs/intl';
import type { ReactNode } from 'react';
import type { UiLocale } from '../../../shared/i18n/locales';
import { loadMessages } from '../../../renderer/src/i18n/catalogueLoader';
import { translatorFor, type Translate } from '../../../renderer/src/i18n/useT';

/** The window's `t` for a locale, outside React: for the functions that take one. */
export async function translatorIn(locale: UiLocale): Promise<Translate> {
  const messages = await loadMessages(locale);
  return translatorFor(createIntl<ReactNode>({ locale, defaultLocale: 'en', messages }, createIntlCache()));
}
