import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { loadMessages } from '../i18n/catalogueLoader';
import { applyDocumentLocale, initialLocale, storedLocaleChoice } from '../i18n/localePreference';
import { App, BootFailure, type StartLanguage } from './App';
import type { OpenedStore } from './openStore';
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
    const [services, shown] = await Promise.all([finishBoot(opened), language]);
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
