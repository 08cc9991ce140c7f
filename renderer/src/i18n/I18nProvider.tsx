import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { negotiateLocale, PSEUDO_LOCALE, type UiLocale } from '../../../shared/i18n/locales';
import { loadMessages, type Messages } from './catalogueLoader';
import { applyDocumentLocale, storeLocaleChoice, systemLanguages } from './localePreference';
import { mainLocaleChoice, tellMainLocaleChoice } from './mainLocaleClient';

/**
 * The window's language: react-intl's provider with the chosen catalogue, and a way for
 * Settings to change it live (no reload). The catalogue for the first frame is loaded before
 * the first render (startApp), so nothing flashes in the wrong language.
 */

export interface LocaleControl {
  locale: UiLocale;
  /** The person's explicit choice, or null to follow the operating system. */
  choice: UiLocale | null;
  /** Shows the choice now (no reload) and tells main, which keeps it. */
  choose(choice: UiLocale | null): Promise<void>;
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
  const show = useCallback(async (choice: UiLocale | null) => {
    const resolved = negotiateLocale(systemLanguages(), choice);
    const messages = await loadMessages(resolved);
    storeLocaleChoice(choice);
    applyDocumentLocale(resolved);
    setState({ locale: resolved, choice, messages });
  }, []);
  const choose = useCallback(
    async (choice: UiLocale | null) => {
      await show(choice);
      await tellMainLocaleChoice(choice);
    },
    [show],
  );
  // Main's copy of the choice wins over this profile's cache (after a restore, say).
  useEffect(() => {
    let current = true;
    mainLocaleChoice().then(
      (mainChoice) => {
        if (current && mainChoice !== undefined && mainChoice !== initialChoice) void show(mainChoice);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [initialChoice, show]);
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
