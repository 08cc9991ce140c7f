import * as Y from 'yjs';
import { z } from 'zod';
import { fragmentToPlainText } from './richText';

/**
 * An item's version history (issue 17, point 6), kept on this computer only in a document of
 * its own: `history:<itemId>` beside `item:<itemId>`. No space ever covers a `history:` id
 * (spaceConsent.ts), so it never leaves, whether the item is shared or private.
 *
 * Each version holds the item's Yjs snapshot at that moment (state vector and delete set) and the
 * update from the previous version to it. Replaying the updates up to a version rebuilds the
 * item exactly as it was, including text deleted since (each update carries content as it was
 * when the version was taken, so garbage collection in the live item loses nothing here). Beside
 * that, each version says when, who (this person, the other person, or both) and which parts
 * changed, computed once when it is taken, so the list opens without rebuilding anything.
 */

export const HISTORY_DOC_PREFIX = 'history:';
export const historyDocId = (itemId: string): `history:${string}` => `${HISTORY_DOC_PREFIX}${itemId}`;

export type VersionAuthor = 'me' | 'peer' | 'both';
export type VersionReason = 'edit' | 'received' | 'restore';

export interface VersionInfo {
  index: number;
  at: number;
  by: VersionAuthor;
  /** The other person's name when they changed something; '' otherwise. */
  peerName: string;
  reason: VersionReason;
  /** Top-level parts of the item that changed ('title', 'body', 'milestones'…). */
  changed: string[];
  /** For `restore`: the index of the version brought back. */
  restoredFrom: number | null;
}

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes');

const storedVersionSchema = z.object({
  at: z.number(),
  by: z.enum(['me', 'peer', 'both']),
  peerName: z.string().max(80),
  reason: z.enum(['edit', 'received', 'restore']),
  changed: z.array(z.string().max(64)).max(64),
  digests: z.record(z.string(), z.string()),
  restoredFrom: z.number().int().nullable(),
  snapshot: bytesSchema,
  update: bytesSchema,
});
type StoredVersion = z.infer<typeof storedVersionSchema>;

const versionsOf = (history: Y.Doc) => history.getArray<unknown>('versions');
/** Client ids this installation's windows wrote the item with: anyone else is the other person. */
const ownClientsOf = (history: Y.Doc) => history.getMap<true>('ownClients');

/** Notes that this installation writes the item under `clientId` (once per opened document). */
export function noteOwnClient(history: Y.Doc, clientId: number): void {
  const clients = ownClientsOf(history);
  if (!clients.has(String(clientId))) clients.set(String(clientId), true);
}

function storedAt(history: Y.Doc, index: number): StoredVersion | null {
  const parsed = storedVersionSchema.safeParse(versionsOf(history).get(index));
  return parsed.success ? parsed.data : null;
}

/** The item's top-level parts as plain values, by name, in a stable form to compare. */
export function projectItem(item: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, type] of item.share) {
    if (type instanceof Y.XmlFragment) out[name] = fragmentToPlainText(type);
    else if (type instanceof Y.Map) {
      if (name === 'meta') {
        // When it was saved changes with every edit; what it is, never: neither says what changed.
        const { updatedAt: _u, ...rest } = type.toJSON() as Record<string, unknown>;
        Object.assign(out, rest);
      } else out[name] = type.toJSON();
    } else if (type instanceof Y.Array) out[name] = type.toJSON();
    else if (type instanceof Y.Text) out[name] = type.toJSON();
  }
  return out;
}

/** FNV-1a over the JSON of each part: a short fingerprint to tell which parts changed. */
function digestsOf(projection: Record<string, unknown>): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [name, value] of Object.entries(projection)) {
    const text = JSON.stringify(value === undefined ? null : value);
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    digests[name] = (hash >>> 0).toString(36);
  }
  return digests;
}

/**
 * Takes a version of `item` if it changed since the last one; returns its index, or null when
 * nothing changed. `by` says whose changes these were when known from how they arrived; the
 * clients that wrote them refine it (a client this installation never noted is the other
 * person's, where there is one: `peerName` non-empty).
 */
export function recordVersion(
  history: Y.Doc,
  item: Y.Doc,
  options: {
    at: number;
    peerName: string;
    reason: VersionReason;
    restoredFrom?: number;
    /** Who wrote the item before it had a history (the other person, for an item they shared). */
    firstBy?: VersionAuthor;
  },
): number | null {
  const versions = versionsOf(history);
  const last = versions.length > 0 ? storedAt(history, versions.length - 1) : null;
  const snapshot = Y.snapshot(item);
  const previous = last ? Y.decodeSnapshot(last.snapshot) : null;
  if (previous && Y.equalSnapshots(previous, snapshot)) return null;
  const update = Y.encodeStateAsUpdate(item, previous ? Y.encodeStateVector(previous.sv) : undefined);
  const digests = digestsOf(projectItem(item));
  const changed = Object.keys(digests).filter((name) => last?.digests[name] !== digests[name]);
  if (last) for (const name of Object.keys(last.digests)) if (!(name in digests)) changed.push(name);
  const by = previous
    ? authorOf(history, previous, snapshot, options.peerName)
    : options.peerName === ''
      ? 'me'
      : (options.firstBy ?? 'me');
  const version: StoredVersion = {
    at: options.at,
    by,
    peerName: by === 'me' ? '' : options.peerName,
    reason: options.reason,
    changed,
    digests,
    restoredFrom: options.restoredFrom ?? null,
    snapshot: Y.encodeSnapshot(snapshot),
    update,
  };
  versions.push([version]);
  return versions.length - 1;
}

function authorOf(history: Y.Doc, previous: Y.Snapshot, now: Y.Snapshot, peerName: string): VersionAuthor {
  if (peerName === '') return 'me';
  const own = ownClientsOf(history);
  let mine = false;
  let theirs = false;
  for (const [client, clock] of now.sv) {
    if ((previous.sv.get(client) ?? 0) >= clock) continue;
    if (own.has(String(client))) mine = true;
    else theirs = true;
  }
  if (mine && theirs) return 'both';
  if (theirs) return 'peer';
  return 'me';
}

/** Every version's description, oldest first (nothing is rebuilt). */
export function readVersions(history: Y.Doc): VersionInfo[] {
  const out: VersionInfo[] = [];
  versionsOf(history).forEach((value, index) => {
    const parsed = storedVersionSchema.safeParse(value);
    if (!parsed.success) return;
    const { at, by, peerName, reason, changed, restoredFrom } = parsed.data;
    out.push({ index, at, by, peerName, reason, changed, restoredFrom });
  });
  return out;
}

/**
 * The item as it was at version `index`, as a document of its own (read it with the item's
 * reader). `like` (the live item) gives each part its type: a document rebuilt from updates
 * knows its parts' names but not whether each is a map, a list or rich text until asked.
 */
export function itemAtVersion(history: Y.Doc, index: number, like: Y.Doc): Y.Doc | null {
  const updates: Uint8Array[] = [];
  for (let i = 0; i <= index; i++) {
    const stored = storedAt(history, i);
    if (!stored) return null;
    updates.push(stored.update);
  }
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  for (const [name, type] of like.share) {
    if (type instanceof Y.XmlFragment) doc.getXmlFragment(name);
    else if (type instanceof Y.Map) doc.getMap(name);
    else if (type instanceof Y.Array) doc.getArray(name);
    else if (type instanceof Y.Text) doc.getText(name);
  }
  return doc;
}

/**
 * Brings an earlier version back as a new edit: each part of `item` is set to what it held in
 * `old`, inside one transaction, so it syncs and can be undone like any other edit, and the
 * versions between stay in the history. The item's identity (meta: id, kind, created) is kept.
 */
export function restoreVersion(item: Y.Doc, old: Y.Doc, now: number): void {
  item.transact(() => {
    for (const [name, type] of old.share) {
      if (type instanceof Y.XmlFragment) {
        const target = item.getXmlFragment(name);
        target.delete(0, target.length);
        const children = type.toArray().map((child) => child.clone());
        target.insert(0, children as (Y.XmlElement | Y.XmlText)[]);
      } else if (type instanceof Y.Map) {
        const target = item.getMap<unknown>(name);
        const oldValues = type.toJSON() as Record<string, unknown>;
        const keep =
          name === 'meta' ? new Set(['id', 'kind', 'createdAt', 'schemaVersion']) : new Set<string>();
        for (const key of [...target.keys()]) if (!(key in oldValues) && !keep.has(key)) target.delete(key);
        for (const [key, value] of Object.entries(oldValues)) {
          if (keep.has(key)) continue;
          if (JSON.stringify(target.toJSON()[key]) !== JSON.stringify(value)) target.set(key, value);
        }
        if (name === 'meta') target.set('updatedAt', now);
      } else if (type instanceof Y.Array) {
        const target = item.getArray<unknown>(name);
        target.delete(0, target.length);
        target.insert(0, type.toJSON() as unknown[]);
      } else if (type instanceof Y.Text) {
        const target = item.getText(name);
        target.delete(0, target.length);
        target.insert(0, type.toJSON());
      }
    }
  });
}
