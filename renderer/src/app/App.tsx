import { useEffect } from 'react';
import { englishMessages } from '../../../shared/i18n/messages';
import type { UiLocale } from '../../../shared/i18n/locales';
import type { Messages } from '../i18n/catalogueLoader';
import { DocumentDamagedError } from '../data/DocPersistence';
import { I18nProvider } from '../i18n/I18nProvider';
import { useT, type Translate } from '../i18n/useT';
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

/** Shown instead of the app when the journal cannot be opened at all, in the person's language. */
export function BootFailure({ error, language = ENGLISH }: { error: unknown; language?: StartLanguage }) {
  return (
    <I18nProvider
      initial={language.locale}
      initialChoice={language.choice}
      initialMessages={language.messages}
    >
      <BootFailureMessage error={error} />
    </I18nProvider>
  );
}

function BootFailureMessage({ error }: { error: unknown }) {
  const t = useT();
  return (
    <main className="page-message" role="alert">
      <h1>{t('shell.boot.title')}</h1>
      <p>{describeBootError(error, t)}</p>
    </main>
  );
}

export function describeBootError(error: unknown, t: Translate): string {
  if (error instanceof DocumentDamagedError) {
    return t('shell.damaged.read', {
      reason: error.reason,
      repair: error.repairReason === undefined ? 'none' : 'failed',
      repairReason: error.repairReason ?? '',
    });
  }
  return t('shell.boot.reason', { reason: error instanceof Error ? error.message : String(error) });
}
