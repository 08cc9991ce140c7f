import { useEffect } from 'react';
import { englishMessages } from '../../../shared/i18n/messages';
import type { UiLocale } from '../../../shared/i18n/locales';
import type { Messages } from '../i18n/catalogueLoader';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppServicesContext } from '../services/AppServicesContext';
import { AppRoutes } from './AppRoutes';
import type { AppServices } from '../services/AppServicesContext';
import './app.css';
import './shell.css';

/** The language the first frame shows (startApp loads its catalogue before rendering). */
export interface StartLanguage {
  locale: UiLocale;
  choice: UiLocale | null;
  messages: Messages;
}

const ENGLISH: StartLanguage = { locale: 'en', choice: null, messages: englishMessages };

/** The app around services that have booted (see startApp). */
export function App({ services, language = ENGLISH }: { services: AppServices; language?: StartLanguage }) {
  useEffect(
    () => () => {
      // Writes are batched for a few milliseconds; closing flushes them so nothing typed is lost.
      void services.store.closeAll();
    },
    [services],
  );
  return (
    <I18nProvider
      initial={language.locale}
      initialChoice={language.choice}
      initialMessages={language.messages}
    >
      <AppServicesContext.Provider value={services}>
        <AppRoutes />
      </AppServicesContext.Provider>
    </I18nProvider>
  );
}

/** Shown instead of the app when the journal cannot be opened at all. */
export function BootFailure({ message }: { message: string }) {
  return (
    <main className="page-message" role="alert">
      <h1>Your journal could not be opened</h1>
      <p>{message}</p>
    </main>
  );
}
