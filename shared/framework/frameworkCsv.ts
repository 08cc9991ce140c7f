import { z } from 'zod';
import {
  FRAMEWORK_LIMITS,
  frameworkContentSchema,
  type FrameworkCompetency,
  type FrameworkContent,
  type FrameworkTrack,
} from '../schema/framework';
import { newItemId } from '../schema/ids';
import { CsvLimitError, CsvRowReader, type CsvProblem, type CsvRow } from './csvRows';

/**
 * A career framework from a CSV of rows `track, level, competency, expectation` (the shape other
 * career tools export), with an optional `level description` column for the role description.
 * Columns are found by their header, in any order and case. The file is either refused whole
 * (it is too large, a column is missing, nothing usable is left) or read into one framework with
 * a report of every row left out and why; the caller saves that framework in one transaction, so
 * nothing half-imported ever stays.
 */

/** The most a file may hold: every row a framework at its limits could need, and some to spare. */
export const CSV_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5001, maxColumns: 20, maxFieldLength: 4000 };
export const CSV_MAX_DATA_ROWS = CSV_LIMITS.maxRows - 1;

const REQUIRED_COLUMNS = ['track', 'level', 'competency', 'expectation'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | 'levelDescription';
const COLUMN_NAMES: Record<string, Column> = {
  track: 'track',
  level: 'level',
  competency: 'competency',
  expectation: 'expectation',
  'level description': 'levelDescription',
  'role description': 'levelDescription',
};

const cell = (max: number) => z.string().trim().max(max, 'tooLong');
export const csvRowSchema = z.object({
  track: cell(FRAMEWORK_LIMITS.name).min(1, 'missing'),
  level: cell(FRAMEWORK_LIMITS.name).min(1, 'missing'),
  competency: cell(FRAMEWORK_LIMITS.name).min(1, 'missing'),
  expectation: cell(FRAMEWORK_LIMITS.expectation),
  levelDescription: cell(FRAMEWORK_LIMITS.description),
});

/** Why one row was left out; `column` names the cell at fault where there is one. */
export type SkippedReason =
  | 'missing'
  | 'tooLong'
  | 'duplicate'
  | 'wrongColumnCount'
  | 'tooManyTracks'
  | 'tooManyLevels'
  | 'tooManyCompetencies';
export interface SkippedRow {
  line: number;
  reason: SkippedReason;
  column?: Column;
}

export type CsvImportProblem =
  | CsvProblem
  | { reason: 'tooLarge'; maxBytes: number }
  | { reason: 'empty' }
  | { reason: 'missingColumns'; columns: string[] }
  | { reason: 'duplicateColumn'; column: string }
  | { reason: 'noUsableRows'; skipped: SkippedRow[] };

export type CsvImportResult =
  | { ok: true; content: FrameworkContent; rowsRead: number; skipped: SkippedRow[] }
  | { ok: false; problem: CsvImportProblem };

const key = (value: string) => value.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/** Finds each column by its header; a missing required one refuses the file. */
function columnsOf(header: readonly string[]): Map<Column, number> | CsvImportProblem {
  const columns = new Map<Column, number>();
  for (const [index, name] of header.entries()) {
    const column = COLUMN_NAMES[key(name)];
    if (!column) continue;
    if (columns.has(column)) return { reason: 'duplicateColumn', column: name.trim() };
    columns.set(column, index);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  return missing.length > 0 ? { reason: 'missingColumns', columns: missing } : columns;
}

/** Builds the framework row by row, in the order tracks, levels and competencies first appear. */
class FrameworkBuilder {
  readonly tracks: FrameworkTrack[] = [];
  readonly competencies: FrameworkCompetency[] = [];
  readonly skipped: SkippedRow[] = [];
  private readonly seen = new Set<string>();
  rowsRead = 0;

  add(line: number, values: z.infer<typeof csvRowSchema>): void {
    const cellKey = [values.track, values.level, values.competency].map(key).join('\u0000');
    if (this.seen.has(cellKey)) return this.skip(line, 'duplicate', 'level');
    let track = this.tracks.find((t) => key(t.name) === key(values.track));
    if (!track) {
      if (this.tracks.length >= FRAMEWORK_LIMITS.tracks) return this.skip(line, 'tooManyTracks', 'track');
      track = { id: newItemId(), name: values.track, levels: [] };
    }
    let level = track.levels.find((l) => key(l.name) === key(values.level));
    if (!level) {
      if (track.levels.length >= FRAMEWORK_LIMITS.levelsPerTrack)
        return this.skip(line, 'tooManyLevels', 'level');
      level = { id: newItemId(), name: values.level, description: values.levelDescription };
    }
    let competency = this.competencies.find((c) => key(c.name) === key(values.competency));
    if (!competency) {
      if (this.competencies.length >= FRAMEWORK_LIMITS.competencies) {
        return this.skip(line, 'tooManyCompetencies', 'competency');
      }
      competency = { id: newItemId(), name: values.competency, expectations: {} };
      this.competencies.push(competency);
    }
    // Only now, with the row accepted, does it add its track and level.
    if (!this.tracks.includes(track)) this.tracks.push(track);
    if (!track.levels.includes(level)) track.levels.push(level);
    if (level.description === '' && values.levelDescription !== '')
      level.description = values.levelDescription;
    competency.expectations[level.id] = values.expectation;
    this.seen.add(cellKey);
    this.rowsRead++;
  }

  skip(line: number, reason: SkippedReason, column?: Column): void {
    this.skipped.push(column === undefined ? { line, reason } : { line, reason, column });
  }
}

function readRow(row: CsvRow, columns: Map<Column, number>, width: number, builder: FrameworkBuilder): void {
  if (row.fields.length !== width) return builder.skip(row.line, 'wrongColumnCount');
  const at = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.fields[index] ?? '');
  };
  const parsed = csvRowSchema.safeParse({
    track: at('track'),
    level: at('level'),
    competency: at('competency'),
    expectation: at('expectation'),
    levelDescription: at('levelDescription'),
  });
  if (parsed.success) return builder.add(row.line, parsed.data);
  const issue = parsed.error.issues[0];
  const column = issue?.path[0] as Column | undefined;
  builder.skip(row.line, issue?.message === 'tooLong' ? 'tooLong' : 'missing', column);
}

class HeaderRefused extends Error {
  constructor(readonly problem: CsvImportProblem) {
    super(`CSV refused: ${problem.reason}`);
  }
}

/** Reads a framework from CSV text; `title` names it (the file's name, say). */
export function importFrameworkCsv(text: string, title: string): CsvImportResult {
  // A UTF-16 code unit is at least one byte of the file: longer text cannot be within the limit.
  if (text.length > CSV_LIMITS.maxBytes)
    return { ok: false, problem: { reason: 'tooLarge', maxBytes: CSV_LIMITS.maxBytes } };
  const builder = new FrameworkBuilder();
  const header: { columns: Map<Column, number> | null; width: number } = { columns: null, width: 0 };
  const reader = new CsvRowReader(CSV_LIMITS, (row) => {
    if (header.columns) return readRow(row, header.columns, header.width, builder);
    const found = columnsOf(row.fields);
    // A header without the columns refuses the file at once: no row after it is read.
    if (!(found instanceof Map)) throw new HeaderRefused(found);
    header.columns = found;
    header.width = row.fields.length;
  });
  try {
    reader.push(text);
    reader.end();
  } catch (error) {
    if (error instanceof CsvLimitError) return { ok: false, problem: error.problem };
    if (error instanceof HeaderRefused) return { ok: false, problem: error.problem };
    throw error;
  }
  if (header.columns === null) return { ok: false, problem: { reason: 'empty' } };
  if (builder.rowsRead === 0)
    return { ok: false, problem: { reason: 'noUsableRows', skipped: builder.skipped } };
  const content = frameworkContentSchema.parse({
    title: title.trim().slice(0, FRAMEWORK_LIMITS.title) || 'Framework',
    description: '',
    tracks: builder.tracks,
    competencies: builder.competencies,
  });
  return { ok: true, content, rowsRead: builder.rowsRead, skipped: builder.skipped };
}
