import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { englishMessages, type MessageId } from './messages';

/**
 * A message in English, for shared code that makes text before it knows the person's language
 * (and for tests). The window and main pass their own translator instead; this is the default
 * every such function falls back to, so English stays the one source of the words.
 */

export type MessageValues = Record<string, string | number | Date | null | undefined>;
export type TextOf = (id: MessageId, values?: MessageValues) => string;

let intl: IntlShape | null = null;

export const englishText: TextOf = (id, values) => {
  intl ??= createIntl({ locale: 'en', defaultLocale: 'en', messages: englishMessages }, createIntlCache());
  return intl.formatMessage({ id }, values);
};
