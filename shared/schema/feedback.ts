import type * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema } from './dates';

/**
 * A feedback note (`item:<id>`, kind "feedback"), framed as behaviour → impact → next step, with
 * who gave it and when, optionally linked to a goal or a competency. Private unless shared.
 * Layout: `meta` map with the fields below plus schemaVersion, kind, id, createdAt, updatedAt.
 */

export const FEEDBACK_SCHEMA_VERSION = 1;

const part = (what: string) =>
  z.string().trim().min(1, `Describe the ${what}`).max(4000, 'Keep this under 4,000 characters');

export const feedbackFieldsSchema = z.object({
  from: z
    .string()
    .trim()
    .min(1, 'Who gave this feedback? ("Me" is fine)')
    .max(80, 'Keep it under 80 characters'),
  givenOn: isoDateSchema,
  behaviour: part('behaviour — what was done or said'),
  impact: part('impact — what it led to'),
  nextStep: part('next step'),
  goalId: z.string().min(1).nullable(),
  competencyId: z.string().min(1).nullable(),
});
export type FeedbackFields = z.infer<typeof feedbackFieldsSchema>;

export interface Feedback extends FeedbackFields {
  id: string;
  createdAt: number;
  updatedAt: number;
}

const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');

export function readFeedback(doc: Y.Doc): Feedback | null {
  const m = meta(doc);
  if (m.get('kind') !== 'feedback') return null;
  const fields = feedbackFieldsSchema.safeParse(m.toJSON());
  const id = m.get('id');
  const createdAt = m.get('createdAt');
  const updatedAt = m.get('updatedAt');
  if (
    !fields.success ||
    typeof id !== 'string' ||
    typeof createdAt !== 'number' ||
    typeof updatedAt !== 'number'
  ) {
    return null;
  }
  return { ...fields.data, id, createdAt, updatedAt };
}

export function initFeedback(doc: Y.Doc, id: string, fields: FeedbackFields, now: number): void {
  const valid = feedbackFieldsSchema.parse(fields);
  doc.transact(() => {
    const m = meta(doc);
    m.set('schemaVersion', FEEDBACK_SCHEMA_VERSION);
    m.set('kind', 'feedback');
    m.set('id', id);
    m.set('createdAt', now);
    writeFields(doc, valid, now);
  });
}

export function updateFeedback(doc: Y.Doc, fields: FeedbackFields, now: number): void {
  const valid = feedbackFieldsSchema.parse(fields);
  doc.transact(() => writeFields(doc, valid, now));
}

function writeFields(doc: Y.Doc, fields: FeedbackFields, now: number): void {
  const m = meta(doc);
  for (const [key, value] of Object.entries(fields)) m.set(key, value);
  m.set('updatedAt', now);
}
