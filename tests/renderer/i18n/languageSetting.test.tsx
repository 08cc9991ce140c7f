import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshBootOptions, renderJournal } from '../journal/renderApp';

/**
 * Settings → Language changes the window's language at once, sets the page's direction, and
 * tells main, which keeps the choice.
 */

function withMainLocale() {
  const told: unknown[] = [];
  let choice: string | null = null;
  // Main's language channels, plus quiet answers for what else the Settings page asks of main.
  window.tandem = {
    backup: { status: () => Promise.resolve({ identityAvailable: false }) },
    reminders: { sync: () => Promise.resolve({ scheduled: 0, nextCheckAt: null }) },
    app: {
      getLocale: () => Promise.resolve({ locale: choice ?? 'en', choice }),
      setLocale: (args: { choice: string | null }) => {
        told.push(args);
        choice = args.choice;
        return Promise.resolve({ locale: choice ?? 'en' });
      },
    },
  } as unknown as NonNullable<Window['tandem']>;
  return told;
}

afterEach(() => {
  delete window.tandem;
  window.localStorage.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('Settings → Language', () => {
  it('switches to German and to Arabic (right to left) at once, and back to the system’s language', async () => {
    const told = withMainLocale();
    const { user } = await renderJournal(freshBootOptions());
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const picker = await screen.findByLabelText('Language');
    expect(picker).toHaveValue('system');

    await user.selectOptions(picker, 'de');
    expect(await screen.findByLabelText('Sprache')).toHaveValue('de');
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.selectOptions(screen.getByLabelText('Sprache'), 'ar');
    expect(await screen.findByLabelText('اللغة')).toHaveValue('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    await user.selectOptions(screen.getByLabelText('اللغة'), 'system');
    expect(await screen.findByLabelText('Language')).toHaveValue('system');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    await waitFor(() => expect(told).toEqual([{ choice: 'de' }, { choice: 'ar' }, { choice: null }]));
  });

  it('starts in the language chosen last time, before main has been asked', async () => {
    withMainLocale();
    window.localStorage.setItem('tandem.locale', 'de');
    const { initialLocale } = await import('../../../renderer/src/i18n/localePreference');
    expect(initialLocale()).toBe('de');
  });
});
