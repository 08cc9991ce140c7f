import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  VAULT_SCHEMA_VERSION,
  isVaultEntry,
  migrateVault,
  patchVaultEntry,
  readProfile,
  readVaultEntries,
  readVaultEntry,
  updateProfile,
  upsertVaultEntry,
  vaultEntrySchema,
  vaultSchemaVersion,
  type VaultEntry,
} from '../../../shared/schema/vault';

const entry = (id: string, overrides: Partial<VaultEntry> = {}): VaultEntry => ({
  id,
  kind: 'reflection',
  title: `Entry ${id}`,
  createdAt: 1,
  updatedAt: 1,
  tags: [],
  templateId: 'blank',
  excerpt: '',
  wordCount: 0,
  links: [],
  deletedAt: null,
  ...overrides,
});

describe('vault index', () => {
  it('stores, patches and reads entries', () => {
    const doc = new Y.Doc();
    upsertVaultEntry(doc, entry('a'));
    patchVaultEntry(doc, 'a', { deletedAt: 50 });
    expect(readVaultEntry(doc, 'a')?.deletedAt).toBe(50);
    expect(() => patchVaultEntry(doc, 'missing', { title: 'x' })).toThrow(/No journal entry/);
  });

  it('reports unreadable entries by id and keeps them stored', () => {
    const doc = new Y.Doc();
    upsertVaultEntry(doc, entry('good'));
    doc.getMap('entries').set('bad', { id: 'bad', title: 42 });
    const read = readVaultEntries(doc);
    expect(read.entries.map((e) => e.id)).toEqual(['good']);
    expect(read.unreadableIds).toEqual(['bad']);
    expect(doc.getMap('entries').has('bad')).toBe(true);
  });

  it('refuses to store an invalid entry', () => {
    const doc = new Y.Doc();
    expect(() => upsertVaultEntry(doc, { ...entry('a'), createdAt: 1.5 })).toThrow();
    expect(readVaultEntries(doc).entries).toEqual([]);
  });

  it('keeps the profile with defaults and validates changes', () => {
    const doc = new Y.Doc();
    expect(readProfile(doc)).toEqual({
      displayName: '',
      reflectionRhythm: null,
      onboarding: 'pending',
      reminderTime: '09:00',
    });
    updateProfile(doc, { displayName: 'Ada', reflectionRhythm: 'monthly', onboarding: 'completed' });
    expect(readProfile(doc)).toEqual({
      displayName: 'Ada',
      reflectionRhythm: 'monthly',
      onboarding: 'completed',
      reminderTime: '09:00',
    });
    expect(() => updateProfile(doc, { displayName: 'x'.repeat(81) })).toThrow();
    expect(() => updateProfile(doc, { reminderTime: '25:00' })).toThrow();
    expect(readProfile(doc).displayName).toBe('Ada');
  });

  it('migrates a v1 vault: entries gain deletedAt, a word count and links', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 1);
    doc.getMap('entries').set('old', {
      id: 'old',
      kind: 'reflection',
      title: 'Old',
      createdAt: 1,
      updatedAt: 1,
      tags: [],
      templateId: 'blank',
      excerpt: 'three short words',
    });
    expect(readVaultEntries(doc).unreadableIds).toEqual(['old']);
    expect(migrateVault(doc)).toEqual({ from: 1, to: VAULT_SCHEMA_VERSION });
    expect(readVaultEntry(doc, 'old')).toMatchObject({ deletedAt: null, wordCount: 3, links: [] });
    expect(vaultSchemaVersion(doc)).toBe(VAULT_SCHEMA_VERSION);
  });

  it('stamps a new vault with the current version', () => {
    const doc = new Y.Doc();
    expect(migrateVault(doc)).toEqual({ from: 0, to: VAULT_SCHEMA_VERSION });
  });
});

describe('isVaultEntry', () => {
  const valid = entry('a', { tags: ['x'], deletedAt: 5, wordCount: 3 });
  const variants: [string, unknown][] = [
    ['valid', valid],
    ['not deleted', { ...valid, deletedAt: null }],
    ['null', null],
    ['a string', 'entry'],
    ['empty id', { ...valid, id: '' }],
    ['unknown kind', { ...valid, kind: 'goal' }],
    ['numeric title', { ...valid, title: 3 }],
    ['fractional date', { ...valid, createdAt: 1.5 }],
    ['missing updatedAt', { ...valid, updatedAt: undefined }],
    ['tags not an array', { ...valid, tags: 'x' }],
    ['non-string tag', { ...valid, tags: [1] }],
    ['negative word count', { ...valid, wordCount: -1 }],
    ['missing excerpt', { ...valid, excerpt: undefined }],
    ['string deletedAt', { ...valid, deletedAt: 'yesterday' }],
    ['missing templateId', { ...valid, templateId: undefined }],
    ['missing links', { ...valid, links: undefined }],
    ['non-string link', { ...valid, links: [7] }],
  ];
  it.each(variants)('agrees with the zod schema: %s', (_name, value) => {
    expect(isVaultEntry(value)).toBe(vaultEntrySchema.safeParse(value).success);
  });
});
