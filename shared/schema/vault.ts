import type * as Y from 'yjs';
import { z } from 'zod';

/**
 * The private `vault` index: one small record per item so lists, search results and the
 * overview render without opening any item document. Item documents stay the source of truth;
 * these records are a derived index kept up to date by `upsertVaultEntry`.
 *
 * Layout: `meta` (schemaVersion), `entries` (id → VaultEntry as a plain JSON value, replaced
 * whole on change), `profile` (display name, reflection rhythm, onboarding state).
 */

export const VAULT_SCHEMA_VERSION = 2;

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
  /** Set when the user deletes the item; the item can be restored until it is purged. */
  deletedAt: z.number().int().nullable(),
});
export type VaultEntry = z.infer<typeof vaultEntrySchema>;

export const rhythmSchema = z.enum(['weekly', 'biweekly', 'monthly', 'quarterly']);
export type Rhythm = z.infer<typeof rhythmSchema>;

export const profileSchema = z.object({
  displayName: z.string().max(80),
  reflectionRhythm: rhythmSchema.nullable(),
  /** 'pending' until the first-run screen is finished or skipped. */
  onboarding: z.enum(['pending', 'completed', 'skipped']),
});
export type Profile = z.infer<typeof profileSchema>;

export const defaultProfile: Profile = { displayName: '', reflectionRhythm: null, onboarding: 'pending' };

const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta');
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
    const parsed = vaultEntrySchema.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
    else unreadableIds.push(id);
  });
  return { entries, unreadableIds };
}

export function readVaultEntry(doc: Y.Doc, id: string): VaultEntry | null {
  const parsed = vaultEntrySchema.safeParse(entriesMap(doc).get(id));
  return parsed.success ? parsed.data : null;
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
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' ? v : 0;
}

/**
 * Forward migrations, one step per version. A vault written by a newer Tandem is left alone
 * (and reported by the caller) rather than rewritten by an older one.
 *
 * v0 → v1: a fresh document gets its version stamp.
 * v1 → v2: entries gained `deletedAt` (soft delete with undo) and `wordCount`.
 */
export function migrateVault(doc: Y.Doc): { from: number; to: number } {
  const from = vaultSchemaVersion(doc);
  if (from >= VAULT_SCHEMA_VERSION) return { from, to: from };
  doc.transact(() => {
    const entries = entriesMap(doc);
    if (from < 2) {
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
    }
    metaMap(doc).set('schemaVersion', VAULT_SCHEMA_VERSION);
  });
  return { from, to: VAULT_SCHEMA_VERSION };
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}
