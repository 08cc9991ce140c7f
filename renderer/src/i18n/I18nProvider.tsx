import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { PSEUDO_LOCALE, type UiLocale } from '../../../shared/i18n/locales';
import { loadMessages, type Messages } from './catalogueLoader';
import { applyDocumentLocale, storeLocaleChoice } from './localePreference';

/**
 * The window's language: react-intl's provider with the chosen catalogue, and a way for
 * Settings to change it live (no reload). The catalogue for the first frame is loaded before
 * the first render (startApp), so nothing flashes in the wrong language.
 */

export interface LocaleControl {
  locale: UiLocale;
  /** The person's explicit choice, or null to follow the operating system. */
  choice: UiLocale | null;
  choose(choice: UiLocale | null, resolved: UiLocale): Promise<void>;
}

const LocaleContext = createContext<LocaleControl | null>(null);

export function useLocaleControl(): LocaleControl {
  const control = useContext(LocaleContext);
  if (!control) throw new Error('useLocaleControl needs an I18nProvider above it');
  return control;
}

export function I18nProvider({
  initial,
  initialChoice,
  initialMessages,
  children,
}: {
  initial: UiLocale;
  initialChoice: UiLocale | null;
  initialMessages: Messages;
  children: ReactNode;
}) {
  const [state, setState] = useState({ locale: initial, choice: initialChoice, messages: initialMessages });
  const choose = useCallback(async (choice: UiLocale | null, resolved: UiLocale) => {
    const messages = await loadMessages(resolved);
    storeLocaleChoice(choice);
    applyDocumentLocale(resolved);
    setState({ locale: resolved, choice, messages });
  }, []);
  const control = useMemo(() => ({ locale: state.locale, choice: state.choice, choose }), [state, choose]);
  return (
    <LocaleContext.Provider value={control}>
      <IntlProvider
        // Dates and numbers in the pseudo-locale are formatted as English.
        locale={state.locale === PSEUDO_LOCALE ? 'en' : state.locale}
        defaultLocale="en"
        messages={state.messages}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
