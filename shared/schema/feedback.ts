import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';
import { isoDateSchema } from './dates';
import { defineItemType } from './documentType';

/**
 * A feedback note (`item:<id>`, kind "feedback"), framed as behaviour → impact → next step, with
 * who gave it and when, optionally linked to a goal or a competency. Private unless shared.
 * Layout: `meta` map with the fields below plus schemaVersion, kind, id, createdAt, updatedAt.
 */

export const feedbackType = defineItemType({ kind: 'feedback', version: 1 });
export const FEEDBACK_SCHEMA_VERSION = feedbackType.version;

const part = (what: 'behaviour' | 'impact' | 'nextStep') =>
  z
    .string()
    .trim()
    .min(1, says(`validation.feedback.${what}`))
    .max(4000, says('validation.keepThisUnder'));

export const feedbackFieldsSchema = z.object({
  from: z.string().trim().min(1, says('validation.feedback.from')).max(80, says('validation.keepItUnder')),
  givenOn: isoDateSchema,
  behaviour: part('behaviour'),
  impact: part('impact'),
  nextStep: part('nextStep'),
  goalId: z.string().min(1).nullable(),
  competencyId: z.string().min(1).nullable(),
});
export type FeedbackFields = z.infer<typeof feedbackFieldsSchema>;

export interface Feedback extends FeedbackFields {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export function readFeedback(doc: Y.Doc): Feedback | null {
  const header = feedbackType.readHeader(doc);
  if (!header) return null;
  const fields = feedbackFieldsSchema.safeParse(feedbackType.meta(doc).toJSON());
  return fields.success ? { ...fields.data, ...header } : null;
}

export function initFeedback(doc: Y.Doc, id: string, fields: FeedbackFields, now: number): void {
  const valid = feedbackFieldsSchema.parse(fields);
  doc.transact(() => {
    feedbackType.stampItem(doc, id, now);
    writeFields(doc, valid, now);
  });
}

export function updateFeedback(doc: Y.Doc, fields: FeedbackFields, now: number): void {
  const valid = feedbackFieldsSchema.parse(fields);
  doc.transact(() => writeFields(doc, valid, now));
}

function writeFields(doc: Y.Doc, fields: FeedbackFields, now: number): void {
  const meta = feedbackType.meta(doc);
  for (const [key, value] of Object.entries(fields)) meta.set(key, value);
  feedbackType.touch(doc, now);
}
