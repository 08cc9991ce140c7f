import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { directionOf, isolate, negotiateLocale, PSEUDO_LOCALE } from '../../../shared/i18n/locales';
import { englishMessages, withEnglishFallback } from '../../../shared/i18n/messages';
import { pseudoLocalize } from '../../../shared/i18n/pseudoLocale';

describe('choosing the locale', () => {
  it('follows the first preferred language Tandem ships, by exact tag or by language', () => {
    expect(negotiateLocale(['de-DE', 'en-US'])).toBe('de');
    expect(negotiateLocale(['ar-EG'])).toBe('ar');
    expect(negotiateLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(negotiateLocale(['en-GB'])).toBe('en');
  });

  it('falls back to English for languages it does not ship, and for nothing at all', () => {
    expect(negotiateLocale(['fr-FR', 'ja'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
    expect(negotiateLocale(['', '  '])).toBe('en');
  });

  it('lets a choice in Settings win, and ignores a choice it does not ship', () => {
    expect(negotiateLocale(['de-DE'], 'ar')).toBe('ar');
    expect(negotiateLocale(['de-DE'], PSEUDO_LOCALE)).toBe(PSEUDO_LOCALE);
    expect(negotiateLocale(['de-DE'], 'klingon')).toBe('de');
    expect(negotiateLocale(['de-DE'], null)).toBe('de');
  });

  it('knows which languages run right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
    expect(directionOf(PSEUDO_LOCALE)).toBe('ltr');
  });

  it('isolates text from people so its direction cannot reorder the sentence around it', () => {
    expect(isolate('سارة')).toBe('\u2068سارة\u2069');
  });
});

describe('the pseudo-locale', () => {
  it('accents and lengthens the text by a third, in brackets', () => {
    const message = 'Start journaling';
    const pseudo = pseudoLocalize(message);
    expect(pseudo.startsWith('[Šţàŕţ ĵöûŕñàļîñĝ')).toBe(true);
    expect(pseudo.endsWith(']')).toBe(true);
    expect(pseudo.length).toBeGreaterThanOrEqual(message.length * 1.3);
  });

  it('keeps arguments, plurals and tags working', () => {
    const message = '{count, plural, one {# entry} other {# entries}} by <b>{name}</b>';
    const pseudo = pseudoLocalize(message);
    expect(() => parse(pseudo)).not.toThrow();
    const format = (count: number) =>
      new IntlMessageFormat(pseudo, 'en').format<string>({
        count,
        name: 'Sam',
        b: (chunks) => `*${chunks.join('')}*`,
      });
    expect(format(1)).toContain('1 éñţŕý');
    expect(format(3)).toContain('3 éñţŕîéš');
    expect(format(3)).toContain('*Sam*');
  });
});

describe('a message missing from a catalogue', () => {
  it('shows in English, never as its id or a blank', () => {
    const partialGerman = withEnglishFallback({ 'settings.language.label': 'Sprache' });
    expect(partialGerman['settings.language.label']).toBe('Sprache');
    expect(partialGerman['app.name']).toBe(englishMessages['app.name']);
    expect(Object.keys(partialGerman).sort()).toEqual(Object.keys(englishMessages).sort());
  });
});
