import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { useContext, useMemo, type ReactNode } from 'react';
import { IntlContext } from 'react-intl';
import { englishMessages, type MessageId } from '../../../shared/i18n/messages';

/**
 * `t('journal.newEntry')`: a message from the window's catalogue, by an id the English
 * catalogue has (the compiler checks it). Rich messages (`<b>…</b>`, links) go through
 * `t.rich`. Components rendered without an I18nProvider (a component test) get English.
 */

type Values = Record<string, string | number | Date | null | undefined>;
type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

export interface Translate {
  (id: MessageId, values?: Values): string;
  rich(id: MessageId, values: RichValues): ReactNode;
  intl: IntlShape<ReactNode>;
}

let englishIntl: IntlShape<ReactNode> | null = null;
function standaloneEnglish(): IntlShape<ReactNode> {
  englishIntl ??= createIntl<ReactNode>(
    { locale: 'en', defaultLocale: 'en', messages: englishMessages },
    createIntlCache(),
  );
  return englishIntl;
}

export function translatorFor(intl: IntlShape<ReactNode>): Translate {
  const t = ((id: MessageId, values?: Values) => intl.formatMessage({ id }, values)) as Translate;
  t.rich = (id, values) => intl.formatMessage({ id }, values);
  t.intl = intl;
  return t;
}

/** English, for text made outside React (and the fallback of every other language). */
export function englishTranslator(): Translate {
  return translatorFor(standaloneEnglish());
}

export function useT(): Translate {
  const intl = useContext(IntlContext) as IntlShape<ReactNode> | null;
  return useMemo(() => translatorFor(intl ?? standaloneEnglish()), [intl]);
}
