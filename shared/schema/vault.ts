import type * as Y from 'yjs';
import { z } from 'zod';
import { defineDocumentType } from './documentType';

/**
 * The private `vault` index: one small record per item so lists, search results and the
 * overview render without opening any item document. Item documents stay the source of truth;
 * these records are a derived index kept up to date by `upsertVaultEntry`.
 *
 * Layout: `meta` (schemaVersion), `entries` (id → VaultEntry as a plain JSON value, replaced
 * whole on change), `profile` (display name, reflection rhythm, onboarding state).
 */

/**
 * Forward migrations, one step per version. A vault written by a newer Tandem is left alone
 * (and reported by the caller) rather than rewritten by an older one.
 */
export const vaultType = defineDocumentType({
  kind: 'vault',
  version: 3,
  migrateUnversioned: true,
  migrations: [
    { to: 1, why: 'A fresh document gets its version stamp.', up: () => undefined },
    {
      to: 2,
      why: 'Entries gained `deletedAt` (soft delete with undo) and `wordCount`.',
      up(doc) {
        const entries = entriesMap(doc);
        entries.forEach((value, id) => {
          if (typeof value !== 'object' || value === null) return;
          const old = value as Record<string, unknown>;
          const body = typeof old.excerpt === 'string' ? old.excerpt : '';
          entries.set(id, {
            ...old,
            deletedAt: old.deletedAt ?? null,
            wordCount: typeof old.wordCount === 'number' ? old.wordCount : countWords(body),
          });
        });
      },
    },
    {
      to: 3,
      why: 'Entries gained `links` to goals and milestones.',
      up(doc) {
        const entries = entriesMap(doc);
        entries.forEach((value, id) => {
          if (typeof value !== 'object' || value === null) return;
          const old = value as Record<string, unknown>;
          if (!Array.isArray(old.links)) entries.set(id, { ...old, links: [] });
        });
      },
    },
  ],
});
export const VAULT_SCHEMA_VERSION = vaultType.version;

export const itemKindSchema = z.enum(['reflection']);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const vaultEntrySchema = z.object({
  id: z.string().min(1),
  kind: itemKindSchema,
  title: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  tags: z.array(z.string()),
  templateId: z.string(),
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** Goals and milestones this entry mentions (see links.ts). */
  links: z.array(z.string()),
  /** Set when the user deletes the item; the item can be restored until it is purged. */
  deletedAt: z.number().int().nullable(),
});
export type VaultEntry = z.infer<typeof vaultEntrySchema>;

const isInt = (v: unknown): v is number => Number.isInteger(v);

/**
 * The read-side check for index records, equivalent to `vaultEntrySchema` (a test holds them
 * together). Every start reads every record: under the app's Content-Security-Policy zod cannot
 * compile its validators, and checking 500 records through zod took several milliseconds of a
 * start-up budget of about a hundred. Writes still go through zod.
 */
export function isVaultEntry(value: unknown): value is VaultEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    v.kind === 'reflection' &&
    typeof v.title === 'string' &&
    isInt(v.createdAt) &&
    isInt(v.updatedAt) &&
    Array.isArray(v.tags) &&
    v.tags.every((t) => typeof t === 'string') &&
    typeof v.templateId === 'string' &&
    typeof v.excerpt === 'string' &&
    isInt(v.wordCount) &&
    v.wordCount >= 0 &&
    Array.isArray(v.links) &&
    v.links.every((l) => typeof l === 'string') &&
    (v.deletedAt === null || isInt(v.deletedAt))
  );
}

export const rhythmSchema = z.enum(['weekly', 'biweekly', 'monthly', 'quarterly']);
export type Rhythm = z.infer<typeof rhythmSchema>;

export const profileSchema = z.object({
  displayName: z.string().max(80),
  reflectionRhythm: rhythmSchema.nullable(),
  /** 'pending' until the first-run screen is finished or skipped. */
  onboarding: z.enum(['pending', 'completed', 'skipped']),
  /** Local time of day ("HH:MM") for reflection and plan-review reminders. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00'),
});
export type Profile = z.infer<typeof profileSchema>;

export const defaultProfile: Profile = {
  displayName: '',
  reflectionRhythm: null,
  onboarding: 'pending',
  reminderTime: '09:00',
};

const entriesMap = (doc: Y.Doc) => doc.getMap<unknown>('entries');
const profileMap = (doc: Y.Doc) => doc.getMap<unknown>('profile');

/** Entries whose stored value no longer parses are reported, never silently dropped from disk. */
export interface VaultEntriesRead {
  entries: VaultEntry[];
  unreadableIds: string[];
}

export function readVaultEntries(doc: Y.Doc): VaultEntriesRead {
  const entries: VaultEntry[] = [];
  const unreadableIds: string[] = [];
  entriesMap(doc).forEach((value, id) => {
    if (isVaultEntry(value)) entries.push(value);
    else unreadableIds.push(id);
  });
  return { entries, unreadableIds };
}

export function readVaultEntry(doc: Y.Doc, id: string): VaultEntry | null {
  const value = entriesMap(doc).get(id);
  return isVaultEntry(value) ? value : null;
}

export function upsertVaultEntry(doc: Y.Doc, entry: VaultEntry): void {
  entriesMap(doc).set(entry.id, vaultEntrySchema.parse(entry));
}

export function patchVaultEntry(doc: Y.Doc, id: string, patch: Partial<Omit<VaultEntry, 'id'>>): void {
  const current = readVaultEntry(doc, id);
  if (!current) throw new Error(`No journal entry with id ${id} in the index`);
  upsertVaultEntry(doc, { ...current, ...patch });
}

export function removeVaultEntry(doc: Y.Doc, id: string): void {
  entriesMap(doc).delete(id);
}

export function readProfile(doc: Y.Doc): Profile {
  const raw: Record<string, unknown> = {};
  profileMap(doc).forEach((value, key) => {
    raw[key] = value;
  });
  const parsed = profileSchema.safeParse({ ...defaultProfile, ...raw });
  return parsed.success ? parsed.data : defaultProfile;
}

export function updateProfile(doc: Y.Doc, patch: Partial<Profile>): void {
  const next = profileSchema.parse({ ...readProfile(doc), ...patch });
  doc.transact(() => {
    const map = profileMap(doc);
    for (const [key, value] of Object.entries(next)) map.set(key, value);
  });
}

export function vaultSchemaVersion(doc: Y.Doc): number {
  return vaultType.storedVersion(doc);
}

/** Brings the vault forward (see `vaultType`); one written by a newer Tandem is left alone. */
export function migrateVault(doc: Y.Doc): { from: number; to: number } {
  return vaultType.migrate(doc);
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}
