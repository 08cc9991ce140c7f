import type { z } from 'zod';
import { englishText, type TextOf } from '../i18n/englishText';
import { englishMessages, type MessageId } from '../i18n/messages';

/**
 * Form schemas say what is wrong with a message id (`says('validation.goal.title')`), never in
 * a language: the shared schemas run in main, in the window and in tests, and only the place
 * that shows the error knows the person's language. `issueText` turns an issue into words —
 * its own id with the limit zod found (`{max}`), or a plain sentence by zod's issue code for
 * checks that carry no id — in English unless a translator is given.
 */

/** Field → first message, for inline errors beside each input. */
export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** A schema's message, by its catalogue id (checked by the compiler). */
export const says = (id: MessageId & `validation.${string}`): string => id;

const isMessageId = (message: string): message is MessageId => Object.hasOwn(englishMessages, message);

/** One zod issue in words. */
export function issueText(issue: z.core.$ZodIssue, text: TextOf = englishText): string {
  const limits = {
    max: 'maximum' in issue ? Number(issue.maximum) : null,
    min: 'minimum' in issue ? Number(issue.minimum) : null,
  };
  if (isMessageId(issue.message)) return text(issue.message, limits);
  if (issue.code === 'too_big' && issue.origin === 'string') return text('validation.keepItUnder', limits);
  if (issue.code === 'too_small' && issue.origin === 'string') return text('validation.required');
  return text('validation.invalid');
}

/** Parses a form's values; on failure returns one message per field (path joined with "."). */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  text: TextOf = englishText,
): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issueText(issue, text);
  }
  return { ok: false, errors };
}

/** The first issue's words, or undefined when zod gave none. */
export function firstIssueText(error: z.ZodError, text: TextOf = englishText): string | undefined {
  const issue = error.issues[0];
  return issue && issueText(issue, text);
}

/** An issue's own message in English: form messages are ids, technical checks are words already. */
export function englishIssueMessage(issue: z.core.$ZodIssue): string {
  return isMessageId(issue.message) ? englishText(issue.message) : issue.message;
}

/**
 * The first problem zod found, as "path: message" for a person to read in an error (the path
 * of the whole value is named `whole`), or "unreadable" when zod gave no issue. Technical
 * checks (file formats) keep their own English words; form messages are said by their id.
 */
export function describeFirstIssue(error: z.ZodError, whole = 'the file'): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable';
  return `${issue.path.map(String).join('.') || whole}: ${englishIssueMessage(issue)}`;
}
