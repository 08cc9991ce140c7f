import '../editor/domPolyfills';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../shared/i18n/catalogues/de';
import type { UiLocale } from '../../../shared/i18n/locales';
import { withEnglishFallback } from '../../../shared/i18n/messages';
import { App } from '../../../renderer/src/app/App';
import { bootServices } from '../../../renderer/src/app/services';
import { loadMessages, type Messages } from '../../../renderer/src/i18n/catalogueLoader';
import { applyDocumentLocale } from '../../../renderer/src/i18n/localePreference';
import { freshBootOptions } from '../journal/renderApp';
// Loaded here, so the app's lazy imports of them are instant however busy the machine is.
import '../../../renderer/src/features/journal/NewEntryDialog';
import '../../../renderer/src/features/journal/EntryPane';

/**
 * The shell, the journal, onboarding, templates and search in German and Arabic: plural forms,
 * dates through the locale, a template's prompts in the language the entry is created in, a
 * message a catalogue lacks shown in English, and people's text isolated inside sentences.
 */

const NOW = Date.UTC(2026, 2, 10, 12);

async function renderIn(locale: UiLocale, messages?: Messages) {
  window.location.hash = '';
  // As startApp does before the first frame: <html lang dir> and the locale dates are written in.
  applyDocumentLocale(locale);
  const services = await bootServices(freshBootOptions({ now: () => NOW }));
  const user = userEvent.setup();
  render(
    <App
      services={services}
      language={{ locale, choice: locale, messages: messages ?? (await loadMessages(locale)) }}
    />,
  );
  return { user, services };
}

afterEach(() => {
  applyDocumentLocale('en');
});

describe('Tandem in German and Arabic', () => {
  it('runs first start and a new entry in German: its template’s title, prompts and dates are German', async () => {
    const { user } = await renderIn('de');
    expect(await screen.findByRole('heading', { name: 'Willkommen bei Tandem' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Alle zwei Wochen/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorerst überspringen' }));

    expect(await screen.findByRole('heading', { name: 'Journal' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByText('Noch keine Reflexionen.')).toBeInTheDocument();
    expect(screen.getByTestId('save-state')).toHaveTextContent('Gespeichert');
    // Shortcuts are named as a German keyboard names them.
    expect(screen.getByRole('searchbox', { name: 'Journal durchsuchen' })).toHaveAttribute(
      'placeholder',
      'Suchen (Strg+K)',
    );

    await user.click(screen.getByRole('button', { name: /Neuer Eintrag/ }));
    // The dialog's code loads on first use.
    await user.click(
      await screen.findByRole('button', { name: /Wöchentlicher Rückblick/ }, { timeout: 5000 }),
    );
    const title = await screen.findByLabelText('Titel');
    const day = new Intl.DateTimeFormat('de', { day: 'numeric', month: 'short', year: 'numeric' }).format(
      NOW,
    );
    expect(title).toHaveValue(`Woche vom ${day}`);
    const editor = await screen.findByTestId('entry-editor');
    expect(await within(editor).findByRole('heading', { name: 'Erfolge dieser Woche' })).toBeInTheDocument();
    expect(within(editor).getByRole('heading', { name: 'Nächste Woche werde ich' })).toBeInTheDocument();
    expect(title.closest('article')?.querySelector('.entry-meta')).toHaveTextContent(
      new RegExp(`^Geschrieben am ${day} · Wöchentlicher Rückblick · \\d+ Wörter?$`),
    );
    // The month heading of the list is the locale's own: "März 2026".
    const month = new Intl.DateTimeFormat('de', { month: 'long', year: 'numeric' }).format(NOW);
    expect(await screen.findByRole('heading', { name: month })).toBeInTheDocument();
  });

  it('counts search results with Arabic plural forms (zero and two), right to left', async () => {
    const { user, services } = await renderIn('ar');
    await user.click(await screen.findByRole('button', { name: 'تخطَّ الآن' }));
    expect(await screen.findByRole('heading', { name: 'اليوميات' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    for (const text of ['Budget review', 'Budget planning']) {
      const id = await services.journal.createEntry('blank');
      const [item, release] = services.journal.openEntry(id);
      await item.ready;
      item.doc.getMap('meta').set('title', text);
      services.journal.reindex(id, item.doc);
      release();
    }
    const search = screen.getByRole('searchbox', { name: 'البحث في اليوميات' });
    await user.type(search, 'budget');
    await waitFor(() => expect(screen.getByTestId('search-results')).toHaveTextContent('إدخالان مطابقان'));
    await user.clear(search);
    await user.type(search, 'zzzz');
    await waitFor(() =>
      expect(screen.getByTestId('search-results')).toHaveTextContent('لا توجد إدخالات مطابقة'),
    );
  });

  it('shows a message its catalogue lacks in English, never as an id or a blank', async () => {
    const incomplete: Record<string, string> = { ...german };
    delete incomplete['journal.empty.title'];
    const { user } = await renderIn('de', withEnglishFallback(incomplete));
    await user.click(await screen.findByRole('button', { name: 'Vorerst überspringen' }));
    expect(await screen.findByText('No reflections yet.')).toBeInTheDocument();
    expect(
      screen.getByText('Beginnen Sie mit einer geführten Vorlage – es dauert fünf Minuten.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('journal.empty.title')).toBeNull();
  });

  it('keeps a right-to-left title in its own order inside an English sentence', async () => {
    const { user } = await renderIn('en');
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await user.click(await screen.findByRole('button', { name: /New entry/ }));
    await user.click(await screen.findByRole('button', { name: /Blank page/ }));
    await user.type(await screen.findByLabelText('Title'), 'مراجعة الربع');
    // Once the journal's index has the title (the list shows it), deleting names it.
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: 'Journal entries' })).toHaveTextContent('مراجعة الربع'),
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    const toast = undo.parentElement;
    expect(toast).toHaveTextContent('Deleted “مراجعة الربع”');
    // The title sits in <bdi>: the quotation marks and "Deleted" keep their places around it.
    expect(toast?.querySelector('bdi')).toHaveTextContent(/^مراجعة الربع$/);
  });
});
