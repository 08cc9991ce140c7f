import type { z } from 'zod';

/** Field → first message, for inline errors beside each input. */
export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Parses a form's values; on failure returns one message per field (path joined with "."). */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * The first problem zod found, as "path: message" for a person to read in an error (the path
 * of the whole value is named `whole`), or "unreadable" when zod gave no issue.
 */
export function describeFirstIssue(error: z.ZodError, whole = 'the file'): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable';
  return `${issue.path.map(String).join('.') || whole}: ${issue.message}`;
}
