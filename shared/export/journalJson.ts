import { z } from 'zod';
import { profileSchema, type Profile } from '../schema/vault';
import type { Competency } from '../schema/competency';
import { exportedCompetencySchema, exportedItemSchema, type ExportedItem } from './journalItems';
import { exportedMeetingSchema, type ExportedMeeting } from './journalMeetings';
import { measureJsonNesting } from './jsonShape';
import { englishIssueMessage } from '../schema/validation';

/**
 * The journal as one JSON file. `schemaVersion` says which layout the file has; this version of
 * Tandem writes and reads version 1 and refuses newer files with a message that says so, rather
 * than guessing at fields it does not know.
 */

export const JOURNAL_JSON_FORMAT = 'tandem-journal';
export const JOURNAL_JSON_SCHEMA_VERSION = 1;

export interface JournalExport {
  format: typeof JOURNAL_JSON_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  profile: Profile | null;
  competencies: Competency[];
  items: ExportedItem[];
  /** One-on-one meetings with their summaries and confirmations (journalMeetings.ts); export only. */
  meetings?: ExportedMeeting[];
}

export const journalExportSchema = z.object({
  format: z.literal(JOURNAL_JSON_FORMAT),
  schemaVersion: z.literal(JOURNAL_JSON_SCHEMA_VERSION),
  exportedAt: z.string(),
  profile: profileSchema.nullable(),
  competencies: z.array(exportedCompetencySchema),
  items: z.array(exportedItemSchema),
  meetings: z.array(exportedMeetingSchema).optional(),
});

/**
 * Why a file cannot be imported: `reason` and `details` (the numbers and names the sentence
 * needs) for the window to say it in the person's language; `message` in English for logs.
 */
export class JournalImportError extends Error {
  constructor(
    readonly reason:
      'not-json' | 'foreign' | 'newer' | 'invalid' | 'not-empty' | 'duplicate' | 'too-large' | 'too-deep',
    message: string,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = 'JournalImportError';
  }
}

/**
 * The export file. `jsonSchema`, when given, is written last: the file's own JSON Schema
 * (journalJsonSchema.ts), so a file found on its own says how to read it; imports ignore it.
 */
export function serializeJournal(
  data: Omit<JournalExport, 'format' | 'schemaVersion'>,
  jsonSchema?: Record<string, unknown>,
): string {
  const file: JournalExport & { jsonSchema?: Record<string, unknown> } = {
    format: JOURNAL_JSON_FORMAT,
    schemaVersion: JOURNAL_JSON_SCHEMA_VERSION,
    ...data,
    ...(jsonSchema ? { jsonSchema } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const envelopeSchema = z.object({ format: z.string(), schemaVersion: z.number() });

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unexpected content';
  const where = first.path.length > 0 ? first.path.map(String).join('.') : 'the file';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${englishIssueMessage(first)}${more}`;
}

/**
 * Deeper than any journal Tandem writes: an item body is an array of blocks, a list item holds a
 * list, and even lists indented fifty times stay far below this.
 */
export const MAX_JSON_DEPTH = 200;
/** The most text an import reads (main refuses larger files before they are read). */
export const MAX_JSON_CHARS = 256 * 1024 * 1024;

/** Parses an export from untrusted text; throws JournalImportError with a specific message. */
export function parseJournalJson(text: string): JournalExport {
  if (text.length > MAX_JSON_CHARS) {
    throw new JournalImportError(
      'too-large',
      `This file holds ${Math.round(text.length / 1e6)} million characters, more than the ` +
        `${Math.round(MAX_JSON_CHARS / 1e6)} million a Tandem export can; nothing was imported.`,
      { millions: Math.round(text.length / 1e6), maxMillions: Math.round(MAX_JSON_CHARS / 1e6) },
    );
  }
  const { tooDeepAt } = measureJsonNesting(text, MAX_JSON_DEPTH);
  if (tooDeepAt) {
    throw new JournalImportError(
      'too-deep',
      `This file nests its content more than ${MAX_JSON_DEPTH} levels deep (at line ${tooDeepAt.line}, ` +
        `column ${tooDeepAt.column}), deeper than any journal Tandem writes, so it was not made by Tandem or ` +
        'was damaged. Nothing was imported.',
      { depth: MAX_JSON_DEPTH, line: tooDeepAt.line, column: tooDeepAt.column },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new JournalImportError(
      'not-json',
      `This file is not JSON, so it is not a Tandem export (${detail}).`,
      { detail },
    );
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.format !== JOURNAL_JSON_FORMAT) {
    throw new JournalImportError(
      'foreign',
      'This JSON file is not a Tandem journal export (it has no "format": "tandem-journal").',
    );
  }
  const version = envelope.data.schemaVersion;
  if (version > JOURNAL_JSON_SCHEMA_VERSION) {
    throw new JournalImportError(
      'newer',
      `This export was made by a newer version of Tandem (format version ${version}; this version reads ` +
        `version ${JOURNAL_JSON_SCHEMA_VERSION}). Update Tandem, then import it again. Nothing was imported.`,
      { version, supported: JOURNAL_JSON_SCHEMA_VERSION },
    );
  }
  const parsed = journalExportSchema.safeParse(raw);
  if (!parsed.success) {
    throw new JournalImportError(
      'invalid',
      `This export is damaged or incomplete, so nothing was imported. ${describe(parsed.error)}`,
      { detail: describe(parsed.error) },
    );
  }
  const seen = new Set<string>();
  for (const item of parsed.data.items) {
    if (seen.has(item.id))
      throw new JournalImportError(
        'duplicate',
        `This export lists the item ${item.id} twice; nothing was imported.`,
        { id: item.id },
      );
    seen.add(item.id);
  }
  return parsed.data;
}
