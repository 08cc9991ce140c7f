import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import {
  collectJournal,
  EVERYTHING,
  journalAsJson,
  journalAsMarkdownZip,
} from '../../../renderer/src/features/backup/journalExport';
import { importJournal } from '../../../renderer/src/features/backup/journalImport';
import { TaskCancelledError } from '../../../renderer/src/features/backup/taskProgress';
import { parseJournalJson } from '../../../shared/export/journalJson';
import { readCompetencies } from '../../../shared/schema/competency';
import { readGoalSummaries, readPlanSummaries } from '../../../shared/schema/growthIndex';
import { readProfile, readVaultEntries } from '../../../shared/schema/vault';
import { emptyJournal, seededJournal } from './backupFixtures';

const open: AppServices[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.store.closeAll();
});
const track = (s: AppServices) => (open.push(s), s);

describe('journal export and JSON import', () => {
  it('exports to JSON and imports into an empty profile with the same items, tags, bodies and dates', async () => {
    const source = track(await seededJournal());
    const { items } = await collectJournal(source.store, source.vault.doc, EVERYTHING, {});
    expect(items.map((i) => i.kind).sort()).toEqual(['feedback', 'goal', 'plan', 'reflection', 'reflection']);
    const text = strFromU8(journalAsJson(source.vault.doc, items, new Date('2026-01-01')));

    const target = track(await emptyJournal());
    const progress: string[] = [];
    const { imported } = await importJournal(target.store, target.vault.doc, parseJournalJson(text), {
      onProgress: (p) => progress.push(p.phase),
    });
    expect(imported).toBe(5);
    expect(progress).toContain('backup.phase.savingImported');

    const again = await collectJournal(target.store, target.vault.doc, EVERYTHING, {});
    expect(again.items).toEqual(items);
    // The lists read the vault index; it shows the same entries.
    const titles = (s: AppServices) =>
      readVaultEntries(s.vault.doc)
        .entries.map((e) => [e.title, e.tags, e.createdAt, e.updatedAt, e.excerpt])
        .sort();
    expect(titles(target)).toEqual(titles(source));
    expect(readGoalSummaries(target.vault.doc)).toEqual(readGoalSummaries(source.vault.doc));
    expect(readPlanSummaries(target.vault.doc)).toEqual(readPlanSummaries(source.vault.doc));
    expect(readCompetencies(target.vault.doc)).toEqual(readCompetencies(source.vault.doc));
    expect(readProfile(target.vault.doc).displayName).toBe('Ada');
  });

  it('refuses to import into a journal that has entries, and changes nothing', async () => {
    const source = track(await seededJournal());
    const { items } = await collectJournal(source.store, source.vault.doc, EVERYTHING, {});
    const data = parseJournalJson(strFromU8(journalAsJson(source.vault.doc, items, new Date())));
    const before = readVaultEntries(source.vault.doc).entries.length;
    await expect(importJournal(source.store, source.vault.doc, data, {})).rejects.toThrow(
      /Importing needs an empty journal/,
    );
    expect(readVaultEntries(source.vault.doc).entries).toHaveLength(before);
  });

  it('a cancelled import leaves the journal empty', async () => {
    const source = track(await seededJournal());
    const { items } = await collectJournal(source.store, source.vault.doc, EVERYTHING, {});
    const data = parseJournalJson(strFromU8(journalAsJson(source.vault.doc, items, new Date())));
    const target = track(await emptyJournal());
    const abort = new AbortController();
    abort.abort();
    await expect(
      importJournal(target.store, target.vault.doc, data, { signal: abort.signal }),
    ).rejects.toBeInstanceOf(TaskCancelledError);
    expect(readVaultEntries(target.vault.doc).entries).toEqual([]);
    expect(readGoalSummaries(target.vault.doc)).toEqual([]);
  });

  it('exports a selection as Markdown files in a zip', async () => {
    const source = track(await seededJournal());
    const { items } = await collectJournal(
      source.store,
      source.vault.doc,
      { kinds: ['reflection', 'plan'], from: null, to: null },
      {},
    );
    const files = unzipSync(journalAsMarkdownZip(source.vault.doc, items, new Date('2026-02-03T00:00:00Z')));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      'tandem-journal-2026-02-03/competencies.md',
      expect.stringMatching(/^tandem-journal-2026-02-03\/plans\/2025-01-06-team-lead-plan\.md$/),
      expect.stringMatching(/^tandem-journal-2026-02-03\/reflections\/2025-01-06-after-the-launch\.md$/),
      expect.stringMatching(
        /^tandem-journal-2026-02-03\/reflections\/2025-01-06-weekly-check-in-hiring\.md$/,
      ),
    ]);
    const launch = strFromU8(files[names[2]!]!);
    expect(launch).toMatch(/^---\ntitle: After the launch\nkind: reflection\n/);
    expect(launch).toContain('tags:\n  - launch\n');
    expect(launch).toContain('I learned to **delegate**.\n\n- ask early\n');
  });
});
