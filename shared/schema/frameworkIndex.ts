import type * as Y from 'yjs';
import { z } from 'zod';
import type { Framework } from './framework';

/**
 * The vault's index of career frameworks (`frameworks` map: id → summary as a plain JSON value,
 * replaced whole on change), so the framework list opens without opening any framework. The
 * framework documents stay the source of truth; summaries are re-derived after every change,
 * the author's and (for a framework a peer shared) the peer's.
 */

export const frameworkSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  tracks: z.array(z.object({ name: z.string(), levels: z.number().int().nonnegative() })),
  competencies: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  deletedAt: z.number().int().nullable(),
});
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;

export const frameworksMap = (vault: Y.Doc) => vault.getMap<unknown>('frameworks');

export function readFrameworkSummaries(vault: Y.Doc): FrameworkSummary[] {
  const out: FrameworkSummary[] = [];
  frameworksMap(vault).forEach((value) => {
    const parsed = frameworkSummarySchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.title.localeCompare(b.title));
}

export function indexFramework(vault: Y.Doc, framework: Framework): void {
  const map = frameworksMap(vault);
  const previous = frameworkSummarySchema.safeParse(map.get(framework.id));
  map.set(
    framework.id,
    frameworkSummarySchema.parse({
      id: framework.id,
      title: framework.title,
      tracks: framework.tracks.map((track) => ({ name: track.name, levels: track.levels.length })),
      competencies: framework.competencies.length,
      createdAt: framework.createdAt,
      updatedAt: framework.updatedAt,
      deletedAt: previous.success ? previous.data.deletedAt : null,
    }),
  );
}

/** Soft delete (and restore, with null): the document stays until the entry is purged. */
export function setFrameworkDeleted(vault: Y.Doc, id: string, deletedAt: number | null): void {
  const parsed = frameworkSummarySchema.safeParse(frameworksMap(vault).get(id));
  if (!parsed.success) throw new Error(`No framework ${id} in the index`);
  frameworksMap(vault).set(id, { ...parsed.data, deletedAt });
}
