import type * as Y from 'yjs';
import { z } from 'zod';
import { appendBlocks, fragmentTextPreview, fragmentToPlainText } from './richText';
import { countWords, type VaultEntry } from './vault';
import { makeExcerpt } from '../text/excerpt';
import { readReflectionLinks } from './links';
import type { ReflectionTemplate } from '../journal/templates';
import { defineItemType } from './documentType';

/**
 * A reflection item document (`item:<id>`).
 *
 * Layout: `meta` map (schemaVersion, id, kind, title, createdAt, updatedAt, templateId),
 * `tags` array of strings, `body` XmlFragment edited by TipTap.
 */

export const reflectionType = defineItemType({
  kind: 'reflection',
  version: 2,
  migrations: [
    {
      to: 2,
      why: 'Tags moved from a comma-separated `meta.tags` string to the `tags` array, so two devices adding different tags at once keep both.',
      up(doc) {
        const meta = reflectionMeta(doc);
        const legacy = meta.get('tags');
        if (typeof legacy === 'string') {
          const tags = [
            ...new Set(
              legacy
                .split(',')
                .map((t) => t.trim().toLowerCase())
                .filter(Boolean),
            ),
          ];
          reflectionTags(doc).push(tags);
        }
        meta.delete('tags');
      },
    },
  ],
});
export const REFLECTION_SCHEMA_VERSION = reflectionType.version;
export const MAX_TITLE_LENGTH = 200;
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 20;

export const reflectionMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string().max(MAX_TITLE_LENGTH),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  templateId: z.string(),
});
export type ReflectionMeta = z.infer<typeof reflectionMetaSchema>;

export const tagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(MAX_TAG_LENGTH, `A tag can be at most ${MAX_TAG_LENGTH} characters`)
  .transform((t) => t.toLowerCase().replace(/^#/, ''));

export const reflectionMeta = (doc: Y.Doc) => reflectionType.meta(doc);
export const reflectionTags = (doc: Y.Doc) => doc.getArray<string>('tags');
export const reflectionBody = (doc: Y.Doc) => doc.getXmlFragment('body');

export class UnreadableItemError extends Error {
  constructor(
    readonly itemId: string,
    detail: string,
  ) {
    super(`This entry's details could not be read (${detail}).`);
    this.name = 'UnreadableItemError';
  }
}

export function readReflectionMeta(doc: Y.Doc): ReflectionMeta {
  const parsed = reflectionMetaSchema.safeParse(reflectionMeta(doc).toJSON());
  if (!parsed.success)
    throw new UnreadableItemError(String(reflectionMeta(doc).get('id')), parsed.error.message);
  return parsed.data;
}

export function readReflectionTags(doc: Y.Doc): string[] {
  return reflectionTags(doc)
    .toArray()
    .filter((t): t is string => typeof t === 'string');
}

export interface NewReflection {
  id: string;
  now: number;
  template: ReflectionTemplate;
  title?: string;
}

/** Fills an empty document as a new reflection. */
export function initReflection(doc: Y.Doc, { id, now, template, title }: NewReflection): void {
  doc.transact(() => {
    reflectionType.stampItem(doc, id, now);
    const meta = reflectionMeta(doc);
    meta.set('title', (title ?? template.title).slice(0, MAX_TITLE_LENGTH));
    reflectionType.touch(doc, now);
    meta.set('templateId', template.id);
    appendBlocks(reflectionBody(doc), template.blocks);
  });
}

export function setReflectionTitle(doc: Y.Doc, title: string, now: number): void {
  doc.transact(() => {
    reflectionMeta(doc).set('title', title.slice(0, MAX_TITLE_LENGTH));
    reflectionType.touch(doc, now);
  });
}

export function touchReflection(doc: Y.Doc, now: number): void {
  reflectionType.touch(doc, now);
}

/**
 * Why a tag was not added: `problem` for the window to say in the person's language (with
 * `tag` and the limits), `error` in English for logs and imports.
 */
export interface TagProblem {
  ok: false;
  error: string;
  problem: 'empty' | 'tooLong' | 'duplicate' | 'tooMany';
  tag: string;
}

/** Adds a tag (normalised to lower case); returns what was wrong instead of throwing. */
export function addReflectionTag(
  doc: Y.Doc,
  raw: string,
  now: number,
): { ok: true; tag: string } | TagProblem {
  const parsed = tagSchema.safeParse(raw);
  if (!parsed.success) {
    const empty = raw.trim() === '';
    return {
      ok: false,
      error: parsed.error.issues[0]?.message ?? 'Invalid tag',
      problem: empty ? 'empty' : 'tooLong',
      tag: raw.trim(),
    };
  }
  const tag = parsed.data;
  const tags = readReflectionTags(doc);
  if (tags.includes(tag)) return { ok: false, error: `Already tagged “${tag}”`, problem: 'duplicate', tag };
  if (tags.length >= MAX_TAGS) {
    return { ok: false, error: `An entry can have at most ${MAX_TAGS} tags`, problem: 'tooMany', tag };
  }
  doc.transact(() => {
    reflectionTags(doc).push([tag]);
    touchReflection(doc, now);
  });
  return { ok: true, tag };
}

export function removeReflectionTag(doc: Y.Doc, tag: string, now: number): void {
  doc.transact(() => {
    const tags = reflectionTags(doc);
    const index = tags.toArray().indexOf(tag);
    if (index >= 0) tags.delete(index, 1);
    touchReflection(doc, now);
  });
}

/** Body text cap for excerpts: long entries are not flattened whole on every keystroke. */
const EXCERPT_SOURCE_CHARS = 600;

/** The vault index record for a reflection, derived from its document. */
export function reflectionToVaultEntry(doc: Y.Doc, deletedAt: number | null = null): VaultEntry {
  const meta = readReflectionMeta(doc);
  const body = reflectionBody(doc);
  return {
    id: meta.id,
    kind: 'reflection',
    title: meta.title,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    tags: readReflectionTags(doc),
    templateId: meta.templateId,
    // The list shows what was written, not the template's prompt headings.
    excerpt: makeExcerpt(fragmentTextPreview(body, EXCERPT_SOURCE_CHARS, { skipHeadings: true }), 180),
    wordCount: countWords(fragmentToPlainText(body, { skipHeadings: true })),
    links: readReflectionLinks(doc),
    deletedAt,
  };
}

export function reflectionSchemaVersion(doc: Y.Doc): number {
  return reflectionType.storedVersion(doc);
}

/** Forward migrations (see `reflectionType`); a document without a version is left alone. */
export function migrateReflection(doc: Y.Doc): { from: number; to: number } {
  return reflectionType.migrate(doc);
}
