import type * as Y from 'yjs';

/**
 * One way to define a kind of document, in the spirit of tldraw's record types: its kind, its
 * schema version and the forward migrations that bring an older document up to it. Every
 * document keeps this header in its `meta` map (`schemaVersion`, `kind`, then what the kind
 * needs to name itself); the kind's own module adds its fields, readers and writers on top.
 *
 * A document a newer Tandem wrote is never migrated or re-stamped here: its version stays as it
 * is, so the newer version still knows what it holds.
 */

/** One step forward: what a document at version `to - 1` needs to become version `to`. */
export interface Migration {
  to: number;
  /** What changed in this version, said for the next reader. */
  why: string;
  up(doc: Y.Doc): void;
}

export interface DocumentTypeDefinition<K extends string> {
  kind: K;
  version: number;
  /** Oldest first; each step's `to` is one more than the step before. */
  migrations?: readonly Migration[];
  /**
   * Whether a document without a version is an old one to bring forward (the vault, a meeting's
   * agenda: stamped when first opened) or not this kind's yet (an item before its init).
   */
  migrateUnversioned?: boolean;
}

export interface DocumentType<K extends string> {
  readonly kind: K;
  readonly version: number;
  meta(doc: Y.Doc): Y.Map<unknown>;
  /** The version the document was written with, 0 when it has none. */
  storedVersion(doc: Y.Doc): number;
  /** Whether the document's `meta` names this kind. */
  isKind(doc: Y.Doc): boolean;
  /** Writes the kind and this version into a new document (call it inside a transaction). */
  stamp(doc: Y.Doc): void;
  /** Runs the migrations the document has not had, in one transaction. */
  migrate(doc: Y.Doc): { from: number; to: number };
}

export function defineDocumentType<K extends string>(definition: DocumentTypeDefinition<K>): DocumentType<K> {
  const { kind, version, migrations = [], migrateUnversioned = false } = definition;
  migrations.forEach((step, index) => {
    const previous = migrations[index - 1];
    if (previous !== undefined && step.to !== previous.to + 1) {
      throw new Error(`${kind}: migration to ${step.to} follows the one to ${previous.to}`);
    }
    if (step.to > version) throw new Error(`${kind}: migration to ${step.to} is past version ${version}`);
  });
  const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');
  const storedVersion = (doc: Y.Doc) => {
    const stored = meta(doc).get('schemaVersion');
    return typeof stored === 'number' ? stored : 0;
  };
  return {
    kind,
    version,
    meta,
    storedVersion,
    isKind: (doc) => meta(doc).get('kind') === kind,
    stamp(doc) {
      meta(doc).set('schemaVersion', version);
      meta(doc).set('kind', kind);
    },
    migrate(doc) {
      const from = storedVersion(doc);
      if (from >= version || (from === 0 && !migrateUnversioned)) return { from, to: from };
      doc.transact(() => {
        for (const step of migrations) if (step.to > from) step.up(doc);
        meta(doc).set('schemaVersion', version);
      });
      return { from, to: version };
    },
  };
}

/** What every item document (`item:<id>`: reflection, goal, plan, feedback note) says of itself. */
export interface ItemHeader {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface ItemType<K extends string> extends DocumentType<K> {
  /** Stamps a new item: version, kind, id and when it was made (call it inside a transaction). */
  stampItem(doc: Y.Doc, id: string, now: number): void;
  /** The header of an item of this kind, or null when it is another kind or cannot be read. */
  readHeader(doc: Y.Doc): ItemHeader | null;
  /** Notes a change: `updatedAt` becomes `now`. */
  touch(doc: Y.Doc, now: number): void;
}

export function defineItemType<K extends string>(definition: DocumentTypeDefinition<K>): ItemType<K> {
  const type = defineDocumentType(definition);
  return {
    ...type,
    stampItem(doc, id, now) {
      type.stamp(doc);
      type.meta(doc).set('id', id);
      type.meta(doc).set('createdAt', now);
    },
    readHeader(doc) {
      const meta = type.meta(doc);
      const [id, createdAt, updatedAt] = [meta.get('id'), meta.get('createdAt'), meta.get('updatedAt')];
      if (!type.isKind(doc) || typeof id !== 'string') return null;
      if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return null;
      return { id, createdAt, updatedAt };
    },
    touch(doc, now) {
      type.meta(doc).set('updatedAt', now);
    },
  };
}
