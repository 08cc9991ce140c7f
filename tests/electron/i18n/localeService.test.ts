import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALE_CHOICE_FILE } from '../../../electron/main/i18n/localeChoiceFile';
import { startLocale } from '../../../electron/main/i18n/localeService';

let userDataDir: string;
beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-locale-'));
});
afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true });
});

const start = (preferred: string[]) => startLocale({ userDataDir, preferredLanguages: () => preferred });

describe('main’s language', () => {
  it('follows the system’s languages until the person chooses, and keeps the choice across a restart', async () => {
    const first = await start(['de-AT', 'en']);
    expect(first.service.current()).toEqual({ locale: 'de', choice: null });
    expect(first.i18n.t('app.name')).toBe('Tandem');

    expect(await first.service.choose('ar')).toBe('ar');
    expect(first.service.current()).toEqual({ locale: 'ar', choice: 'ar' });

    const again = await start(['de-AT', 'en']);
    expect(again.service.current()).toEqual({ locale: 'ar', choice: 'ar' });
    expect(await again.service.choose(null)).toBe('de');
    expect((await start(['fr-FR'])).service.current()).toEqual({ locale: 'en', choice: null });
  });

  it('treats a damaged or foreign setting file as no choice, not as an error', async () => {
    const path = join(userDataDir, LOCALE_CHOICE_FILE);
    for (const text of [
      '{not json',
      JSON.stringify({ version: 1, choice: 'tlh' }),
      JSON.stringify({ choice: 'de' }),
    ]) {
      await writeFile(path, text);
      expect((await start(['de-DE'])).service.current(), text).toEqual({ locale: 'de', choice: null });
    }
  });

  it('saves the choice before answering', async () => {
    const { service } = await start(['en']);
    await service.choose('de');
    expect(JSON.parse(await readFile(join(userDataDir, LOCALE_CHOICE_FILE), 'utf8'))).toEqual({
      version: 1,
      choice: 'de',
    });
  });
});
