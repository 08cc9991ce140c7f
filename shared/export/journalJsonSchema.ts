import { z } from 'zod';
import { JOURNAL_JSON_SCHEMA_VERSION, journalExportSchema } from './journalJson';

/**
 * The JSON export's layout as a JSON Schema (draft 2020-12), generated from the zod schema the
 * import checks with, so the two cannot drift. It is published as docs/tandem-journal.schema.json
 * (a test keeps that file equal to this) and written into every JSON export under `jsonSchema`,
 * so a file found on its own still says how to read it. Checks zod cannot express in JSON Schema
 * (that a date exists in the calendar, say) are described by their patterns only.
 */

export const JOURNAL_SCHEMA_FILE = 'tandem-journal.schema.json';

export function journalJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(journalExportSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $id: `urn:tandem:journal-export:${JOURNAL_JSON_SCHEMA_VERSION}`,
    title: 'Tandem journal export',
    description:
      `A Tandem journal exported as JSON (format "tandem-journal", schemaVersion ${JOURNAL_JSON_SCHEMA_VERSION}). ` +
      'Instants are milliseconds since 1970-01-01T00:00:00Z; calendar dates are "YYYY-MM-DD" strings. ' +
      'An item body is ProseMirror/TipTap JSON: { type, attrs, content }, text nodes with marks.',
  };
}
