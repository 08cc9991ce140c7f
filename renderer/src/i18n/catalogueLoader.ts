import { englishMessages, withEnglishFallback, type MessageId } from '../../../shared/i18n/messages';
import { PSEUDO_LOCALE, type UiLocale } from '../../../shared/i18n/locales';

/**
 * The window's messages for a locale. English is part of the start-up code (it is also every
 * other catalogue's fallback); German, Arabic and the pseudo-locale load on first use, so a
 * language nobody chose costs nothing at start-up.
 */

export type Messages = Readonly<Record<MessageId, string>>;

const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<Messages>> = {
  de: async () => withEnglishFallback((await import('../../../shared/i18n/catalogues/de')).default),
  ar: async () => withEnglishFallback((await import('../../../shared/i18n/catalogues/ar')).default),
  [PSEUDO_LOCALE]: async () => {
    const { pseudoCatalogue } = await import('../../../shared/i18n/pseudoLocale');
    return withEnglishFallback(pseudoCatalogue(englishMessages));
  },
};

const loaded = new Map<UiLocale, Promise<Messages>>([['en', Promise.resolve(englishMessages)]]);

export function loadMessages(locale: UiLocale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = locale === 'en' ? Promise.resolve(englishMessages) : loaders[locale]();
    loaded.set(locale, messages);
  }
  return messages;
}
