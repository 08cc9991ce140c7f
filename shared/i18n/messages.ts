import english from './catalogues/en';

/**
 * Message catalogues: per shipped locale, a folder of JSON files in ./catalogues, one per area of
 * the app (`journal.json` holds the `journal.*` ids), gathered by `<locale>.ts`. Each maps a
 * message id (`area.place.purpose`) to an ICU MessageFormat string (plurals, selects, `{name}`
 * arguments). English is the source and the fallback: a message missing from another
 * catalogue shows in English, never as its id or a blank. A test keeps the catalogues in step
 * (tests/shared/i18n/catalogues.test.ts): same ids, valid ICU, the same arguments.
 */

export type Catalogue = Readonly<Record<string, string>>;
export type MessageId = keyof typeof english;

export const englishMessages: Readonly<Record<MessageId, string>> = english;

/** A catalogue with English underneath, so every id resolves to some text. */
export function withEnglishFallback(messages: Catalogue): Readonly<Record<MessageId, string>> {
  return { ...englishMessages, ...messages };
}
