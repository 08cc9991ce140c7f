import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';

/**
 * The user's own competency list, kept in the vault (`competencies` map: id → Competency), with
 * where they are now and where they want to be on a 1–5 scale.
 */
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 5;

export const levelSchema = z
  .number({ message: says('validation.level.choose') })
  .int(says('validation.level.whole'))
  .min(LEVEL_MIN, says('validation.level.range'))
  .max(LEVEL_MAX, says('validation.level.range'));

export const levelLabels: Record<number, string> = {
  1: 'Aware',
  2: 'Learning',
  3: 'Practising',
  4: 'Skilled',
  5: 'Expert',
};

export const competencyFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, says('validation.competency.name'))
    .max(80, says('validation.keepNameUnder')),
  description: z.string().trim().max(500, says('validation.keepDescriptionUnder')),
  current: levelSchema,
  target: levelSchema,
});
export type CompetencyFields = z.infer<typeof competencyFieldsSchema>;

export const competencySchema = competencyFieldsSchema.extend({
  id: z.string().min(1),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Competency = z.infer<typeof competencySchema>;

const competenciesMap = (vault: Y.Doc) => vault.getMap<unknown>('competencies');

export function readCompetencies(vault: Y.Doc): Competency[] {
  const out: Competency[] = [];
  competenciesMap(vault).forEach((value) => {
    const parsed = competencySchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function saveCompetency(vault: Y.Doc, id: string, fields: CompetencyFields, now: number): Competency {
  const existing = competencySchema.safeParse(competenciesMap(vault).get(id));
  const competency = competencySchema.parse({
    ...competencyFieldsSchema.parse(fields),
    id,
    createdAt: existing.success ? existing.data.createdAt : now,
    updatedAt: now,
  });
  competenciesMap(vault).set(id, competency);
  return competency;
}

export function deleteCompetency(vault: Y.Doc, id: string): void {
  competenciesMap(vault).delete(id);
}
