import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../../../shared/i18n/locales';

/**
 * The message catalogues stay in step: every shipped locale has every message the others have
 * (a missing one would fall back to English in the middle of German or Arabic), each message is
 * valid ICU, and each uses the same arguments and tags as the English source, so a translation
 * can neither drop a name nor ask for a value nobody passes.
 */

const CATALOGUE_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'i18n', 'catalogues');

async function catalogue(locale: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(join(CATALOGUE_DIR, `${locale}.json`), 'utf8')) as Record<string, string>;
}

/** Argument names, tag names and plural/select shapes a message uses, in a stable form. */
function signature(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`arg:${element.value}`);
        break;
      case TYPE.tag:
        into.add(`tag:${element.value}`);
        signature(element.children, into);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`${element.type === TYPE.plural ? 'plural' : 'select'}:${element.value}`);
        for (const option of Object.values(element.options)) signature(option.value, into);
        break;
      default:
        break;
    }
  }
  return into;
}

function pluralsWithoutOther(elements: readonly MessageFormatElement[]): string[] {
  const missing: string[] = [];
  for (const element of elements) {
    if ((element.type === TYPE.plural || element.type === TYPE.select) && !('other' in element.options)) {
      missing.push(element.value);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) missing.push(...pluralsWithoutOther(option.value));
    }
    if (element.type === TYPE.tag) missing.push(...pluralsWithoutOther(element.children));
  }
  return missing;
}

describe('message catalogues', () => {
  it('ship exactly one file per shipped locale', async () => {
    const files = (await readdir(CATALOGUE_DIR)).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(SHIPPED_LOCALES.map((locale) => `${locale}.json`).sort());
  });

  it('have the same messages in every language', async () => {
    const all = await Promise.all(
      SHIPPED_LOCALES.map(async (locale) => [locale, await catalogue(locale)] as const),
    );
    const ids = new Set(all.flatMap(([, messages]) => Object.keys(messages)));
    const missing = all.flatMap(([locale, messages]) =>
      [...ids].filter((id) => !(id in messages)).map((id) => `${locale}.json lacks ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('are valid ICU with the same arguments, tags and plurals as English', async () => {
    const english = await catalogue('en');
    const problems: string[] = [];
    for (const locale of SHIPPED_LOCALES) {
      const messages = await catalogue(locale);
      for (const [id, message] of Object.entries(messages)) {
        let elements: MessageFormatElement[];
        try {
          elements = parse(message);
        } catch (error) {
          problems.push(`${locale}.json ${id}: not valid ICU (${String(error)})`);
          continue;
        }
        if (message.trim() === '') problems.push(`${locale}.json ${id}: empty`);
        for (const name of pluralsWithoutOther(elements))
          problems.push(`${locale}.json ${id}: {${name}} has no "other" case`);
        const source = english[id];
        if (source === undefined) continue;
        const expected = [...signature(parse(source))].sort();
        const actual = [...signature(elements)].sort();
        if (expected.join() !== actual.join()) {
          problems.push(
            `${locale}.json ${id}: uses [${actual.join(', ')}], English uses [${expected.join(', ')}]`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
