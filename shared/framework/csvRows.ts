/**
 * A bounded CSV reader (RFC 4180: commas, double quotes with "" inside, CRLF or LF, a leading
 * byte-order mark). It takes text in chunks as it arrives and hands out each row as soon as it
 * ends, holding no more than one row; every limit is checked as characters arrive, so a hostile
 * file (one endless field, an unclosed quote, 50,000 rows) is refused before it can fill memory.
 */

export interface CsvLimits {
  /** Rows including the header. */
  maxRows: number;
  maxColumns: number;
  maxFieldLength: number;
}

export type CsvProblem =
  | { reason: 'tooManyRows'; max: number }
  | { reason: 'tooManyColumns'; line: number; max: number }
  | { reason: 'fieldTooLong'; line: number; max: number }
  | { reason: 'unclosedQuote'; line: number }
  | { reason: 'strayQuote'; line: number };

export class CsvLimitError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(`CSV refused: ${problem.reason}`);
  }
}

/** A row as read: its fields and the line it started on (from 1, the header's). */
export interface CsvRow {
  line: number;
  fields: string[];
}

export class CsvRowReader {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** The field began with a quote and that quote has closed: only a comma or a line end may follow. */
  private closed = false;
  private pendingCr = false;
  /** A quote ended the last chunk: the next character says whether it was a doubled quote. */
  private maybeDoubled = false;
  private started = false;
  private line = 1;
  private rowLine = 1;
  private rows = 0;

  constructor(
    private readonly limits: CsvLimits,
    private readonly onRow: (row: CsvRow) => void,
  ) {}

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      let ch = chunk[i] as string;
      if (!this.started) {
        this.started = true;
        if (ch === '\uFEFF') continue;
      }
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (ch === '"') {
          if (chunk[i + 1] === '"') {
            this.addChar('"');
            i++;
          } else if (i + 1 === chunk.length) {
            // The next chunk decides whether this quote closes the field or doubles a quote.
            this.quoted = false;
            this.closed = true;
            this.maybeDoubled = true;
          } else {
            this.quoted = false;
            this.closed = true;
          }
          continue;
        }
        // Line breaks inside a field are kept as \n, whichever the file used.
        if (ch === '\r') {
          this.pendingCr = true;
          ch = '\n';
        }
        if (ch === '\n') this.line++;
        this.addChar(ch);
        continue;
      }
      if (this.maybeDoubled) {
        this.maybeDoubled = false;
        if (ch === '"') {
          this.quoted = true;
          this.closed = false;
          this.addChar('"');
          continue;
        }
      }
      if (ch === ',') {
        this.endField();
      } else if (ch === '\n' || ch === '\r') {
        this.endRow();
        this.line++;
        this.pendingCr = ch === '\r';
      } else if (ch === '"') {
        if (this.field.length > 0 || this.closed)
          throw new CsvLimitError({ reason: 'strayQuote', line: this.line });
        this.quoted = true;
      } else {
        if (this.closed) throw new CsvLimitError({ reason: 'strayQuote', line: this.line });
        this.addChar(ch);
      }
    }
  }

  /** The text has ended: a last row without a line break still counts. */
  end(): void {
    if (this.quoted) throw new CsvLimitError({ reason: 'unclosedQuote', line: this.rowLine });
    this.maybeDoubled = false;
    if (this.field.length > 0 || this.fields.length > 0 || this.closed) this.endRow();
  }

  private addChar(ch: string): void {
    if (this.field.length >= this.limits.maxFieldLength) {
      throw new CsvLimitError({
        reason: 'fieldTooLong',
        line: this.rowLine,
        max: this.limits.maxFieldLength,
      });
    }
    this.field += ch;
  }

  private endField(): void {
    if (this.fields.length >= this.limits.maxColumns) {
      throw new CsvLimitError({ reason: 'tooManyColumns', line: this.rowLine, max: this.limits.maxColumns });
    }
    this.fields.push(this.field);
    this.field = '';
    this.closed = false;
  }

  private endRow(): void {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    const line = this.rowLine;
    this.rowLine = this.line + 1;
    // A blank line is no row.
    if (fields.length === 1 && fields[0] === '') return;
    this.rows++;
    if (this.rows > this.limits.maxRows) {
      throw new CsvLimitError({ reason: 'tooManyRows', max: this.limits.maxRows - 1 });
    }
    this.onRow({ line, fields });
  }
}

/** Reads a whole text at once (it still goes through the same bounded reader). */
export function readCsvRows(text: string, limits: CsvLimits): CsvRow[] {
  const rows: CsvRow[] = [];
  const reader = new CsvRowReader(limits, (row) => rows.push(row));
  reader.push(text);
  reader.end();
  return rows;
}
