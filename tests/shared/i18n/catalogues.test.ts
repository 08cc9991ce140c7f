import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import arabic from '../../../shared/i18n/catalogues/ar';
import german from '../../../shared/i18n/catalogues/de';
import english from '../../../shared/i18n/catalogues/en';
import { SHIPPED_LOCALES } from '../../../shared/i18n/locales';

/**
 * The message catalogues stay in step: every shipped locale has every message the others have
 * (a missing one would fall back to English in the middle of German or Arabic), in the file of
 * its area, each message valid ICU with the same arguments and tags as the English source, so a
 * translation can neither drop a name nor ask for a value nobody passes.
 */

const CATALOGUE_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'i18n', 'catalogues');
const gathered: Record<string, Record<string, string>> = { en: english, de: german, ar: arabic };

async function areaFiles(locale: string): Promise<Map<string, Record<string, string>>> {
  const files = new Map<string, Record<string, string>>();
  for (const name of (await readdir(join(CATALOGUE_DIR, locale))).sort()) {
    if (!name.endsWith('.json')) continue;
    files.set(
      name,
      JSON.parse(await readFile(join(CATALOGUE_DIR, locale, name), 'utf8')) as Record<string, string>,
    );
  }
  return files;
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

function casesWithoutOther(elements: readonly MessageFormatElement[]): string[] {
  const missing: string[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (!('other' in element.options)) missing.push(element.value);
      for (const option of Object.values(element.options)) missing.push(...casesWithoutOther(option.value));
    }
    if (element.type === TYPE.tag) missing.push(...casesWithoutOther(element.children));
  }
  return missing;
}

describe('message catalogues', () => {
  it('have a folder and an index for every shipped locale, and nothing else', async () => {
    const entries = (await readdir(CATALOGUE_DIR)).sort();
    expect(entries).toEqual(SHIPPED_LOCALES.flatMap((locale) => [locale, `${locale}.ts`]).sort());
  });

  it('have the same area files, and the same messages in each, in every language', async () => {
    const englishFiles = await areaFiles('en');
    const problems: string[] = [];
    for (const locale of SHIPPED_LOCALES) {
      const files = await areaFiles(locale);
      for (const name of new Set([...englishFiles.keys(), ...files.keys()])) {
        const mine = files.get(name);
        const source = englishFiles.get(name);
        if (!mine || !source) {
          problems.push(`${locale}/${name}: ${mine ? 'not in English' : 'missing'}`);
          continue;
        }
        const area = name.replace(/\.json$/, '');
        for (const id of Object.keys(mine)) {
          if (!id.startsWith(`${area}.`))
            problems.push(`${locale}/${name}: ${id} belongs in another area's file`);
          if (!(id in source)) problems.push(`${locale}/${name}: ${id} is not in English`);
        }
        for (const id of Object.keys(source))
          if (!(id in mine)) problems.push(`${locale}/${name} lacks ${id}`);
      }
      // The index gathers every file.
      const fromFiles = [...files.values()].flatMap((messages) => Object.keys(messages)).sort();
      expect(Object.keys(gathered[locale] ?? {}).sort(), `${locale}.ts gathers every area file`).toEqual(
        fromFiles,
      );
    }
    expect(problems).toEqual([]);
  });

  it('are valid ICU with the same arguments, tags and plurals as English', () => {
    const problems: string[] = [];
    for (const locale of SHIPPED_LOCALES) {
      for (const [id, message] of Object.entries(gathered[locale] ?? {})) {
        let elements: MessageFormatElement[];
        try {
          elements = parse(message);
        } catch (error) {
          problems.push(`${locale} ${id}: not valid ICU (${String(error)})`);
          continue;
        }
        if (message.trim() === '') problems.push(`${locale} ${id}: empty`);
        for (const name of casesWithoutOther(elements))
          problems.push(`${locale} ${id}: {${name}} has no "other" case`);
        const source = english[id as keyof typeof english] as string | undefined;
        if (source === undefined) continue;
        const expected = [...signature(parse(source))].sort();
        const actual = [...signature(elements)].sort();
        if (expected.join() !== actual.join()) {
          problems.push(
            `${locale} ${id}: uses [${actual.join(', ')}], English uses [${expected.join(', ')}]`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
