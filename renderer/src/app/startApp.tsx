import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { loadMessages } from '../i18n/catalogueLoader';
import { applyDocumentLocale, initialLocale, storedLocaleChoice } from '../i18n/localePreference';
import { I18nProvider } from '../i18n/I18nProvider';
import { App, BootFailure, type StartLanguage } from './App';
import type { OpenedStore } from './openStore';
import { installLockShortcut } from './lockShortcut';
import { answerFlushBeforeLock } from './flushBeforeLock';
import { finishBoot } from './services';
import './app.css';

/**
 * Renders the app once its vault has loaded (usually it already has by the time this code has
 * loaded): one render with real data, rather than a placeholder and a second pass.
 */
/** Renders the app into #root; the root is returned so a test can unmount it when done. */
export async function startApp(opened: OpenedStore): Promise<Root> {
  performance.mark('tandem:ui-code-loaded');
  const container = document.getElementById('root');
  if (!container) throw new Error('Tandem: #root element missing from index.html');
  const root = createRoot(container);
  const language = startLanguage();
  try {
    await showAtRestGateIfNeeded(root, opened, language);
    const [services, shown] = await Promise.all([finishBoot(opened), language]);
    const atRestApi = window.tandem?.atRest;
    if (atRestApi) {
      const flush = () => services.store.flushAll();
      installLockShortcut(atRestApi, flush);
      const events = window.tandem?.events;
      if (events) answerFlushBeforeLock(events, flush, atRestApi);
    }
    openJournalByDefault();
    // Rendered synchronously: the data is here, so waiting for a scheduler turn only delays the
    // first useful paint (measured ~15–25 ms on a ten-year journal).
    flushSync(() =>
      root.render(
        <StrictMode>
          <App services={services} language={shown} />
        </StrictMode>,
      ),
    );
  } catch (error) {
    root.render(<BootFailure error={error} language={await language.catch(() => undefined)} />);
  }
  return root;
}

/**
 * With a keystore the journal's key is simply there and this shows nothing. Otherwise (no
 * keystore: a passphrase to type or a protection to choose; a key that cannot be read; the
 * one-time sealing of an older journal) the lock screen is loaded and shown until the journal
 * can open, which then replaces it.
 */
async function showAtRestGateIfNeeded(
  root: Root,
  opened: OpenedStore,
  languageLoaded: Promise<StartLanguage>,
): Promise<void> {
  const status = await opened.atRest.firstStatus;
  const api = window.tandem?.atRest;
  if (!status || !api || (status.state === 'ready' && status.windowSealed)) return;
  const [{ AtRestGate }, language] = await Promise.all([import('../features/security'), languageLoaded]);
  root.render(
    <StrictMode>
      <I18nProvider
        initial={language.locale}
        initialChoice={language.choice}
        initialMessages={language.messages}
      >
        <AtRestGate status={status} boot={opened.atRest} api={api} />
      </I18nProvider>
    </StrictMode>,
  );
}

/** The person's language and its catalogue (English is already here; others load meanwhile). */
async function startLanguage(): Promise<StartLanguage> {
  const locale = initialLocale();
  applyDocumentLocale(locale);
  return { locale, choice: storedLocaleChoice(), messages: await loadMessages(locale) };
}

/**
 * A start without a route (the window opens index.html) goes straight to the journal. The
 * router would redirect there too, but only after rendering the shell once, painting it and
 * rendering again — time the journal list then waits for.
 */
function openJournalByDefault(): void {
  if (window.location.hash.replace(/^#\/?/, '') === '') {
    window.history.replaceState(window.history.state, '', '#/journal');
  }
}
