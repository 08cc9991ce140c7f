import { describe, expect, it } from 'vitest';
import { CsvRowReader, readCsvRows } from '../../../shared/framework/csvRows';
import { CSV_MAX_DATA_ROWS, importFrameworkCsv } from '../../../shared/framework/frameworkCsv';

const limits = { maxRows: 100, maxColumns: 10, maxFieldLength: 50 };
const header = 'track,level,competency,expectation\n';

describe('reading CSV rows within limits', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside cells, CRLF and a byte-order mark', () => {
    const rows = readCsvRows('\uFEFFa,"b, c","say ""hi"""\r\n"two\r\nlines",x,\r\nlast,row,here', limits);
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
      { line: 2, fields: ['two\nlines', 'x', ''] },
      { line: 4, fields: ['last', 'row', 'here'] },
    ]);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const text = 'a,"q""uote",c\r\n"x\r\ny",2,3\n\nz,"",9\n';
    const whole = readCsvRows(text, limits);
    for (let size = 1; size < 8; size++) {
      const rows: unknown[] = [];
      const reader = new CsvRowReader(limits, (row) => rows.push(row));
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.end();
      expect(rows).toEqual(whole);
    }
  });

  it('refuses an unclosed quote, a stray quote, an endless cell and too many rows as they arrive', () => {
    expect(() => readCsvRows('a,"never closed\nb,c', limits)).toThrow(/unclosedQuote/);
    expect(() => readCsvRows('a,b"c\n', limits)).toThrow(/strayQuote/);
    expect(() => readCsvRows(`a,${'x'.repeat(51)}\n`, limits)).toThrow(/fieldTooLong/);
    let seen = 0;
    const reader = new CsvRowReader(limits, () => seen++);
    expect(() => reader.push('r\n'.repeat(1000))).toThrow(/tooManyRows/);
    expect(seen).toBe(100);
  });
});

describe('importing a framework from CSV', () => {
  it('builds tracks, levels in order of appearance and competencies with expectations', () => {
    const csv =
      'Competency,Track,Level,Expectation,Level description\n' +
      'Craft,IC,Engineer,Writes tests,Delivers scoped work\n' +
      'Craft,IC,Senior,Designs components,Owns features\n' +
      'Communication,IC,Engineer,Keeps people informed,\n' +
      'Craft,Management,Lead,Guides reviews,Leads a team\n';
    const result = importFrameworkCsv(csv, 'Ladder');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rowsRead).toBe(4);
    expect(result.skipped).toEqual([]);
    const { tracks, competencies, title } = result.content;
    expect(title).toBe('Ladder');
    expect(tracks.map((t) => [t.name, t.levels.map((l) => [l.name, l.description])])).toEqual([
      [
        'IC',
        [
          ['Engineer', 'Delivers scoped work'],
          ['Senior', 'Owns features'],
        ],
      ],
      ['Management', [['Lead', 'Leads a team']]],
    ]);
    const senior = tracks[0]!.levels[1]!.id;
    expect(competencies.map((c) => c.name)).toEqual(['Craft', 'Communication']);
    expect(competencies[0]!.expectations[senior]).toBe('Designs components');
  });

  it('refuses a file missing a column, naming it, and imports nothing', () => {
    expect(importFrameworkCsv('track,level,expectation\nIC,1,x\n', 'F')).toEqual({
      ok: false,
      problem: { reason: 'missingColumns', columns: ['competency'] },
    });
    expect(importFrameworkCsv('', 'F')).toEqual({ ok: false, problem: { reason: 'empty' } });
  });

  it('imports the good rows and reports each row left out: duplicate levels, empty cells, short rows', () => {
    const csv =
      header +
      'IC,Engineer,Craft,Writes tests\n' +
      'IC,engineer,craft,Written twice\n' +
      'IC,,Craft,No level\n' +
      'IC,Senior\n' +
      `IC,Senior,${'x'.repeat(81)},Too long a name\n` +
      'IC,Senior,Craft,Designs\n';
    const result = importFrameworkCsv(csv, 'F');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual([
      { line: 3, reason: 'duplicate', column: 'level' },
      { line: 4, reason: 'missing', column: 'level' },
      { line: 5, reason: 'wrongColumnCount' },
      { line: 6, reason: 'tooLong', column: 'competency' },
    ]);
    expect(result.content.tracks[0]!.levels.map((l) => l.name)).toEqual(['Engineer', 'Senior']);
    const engineer = result.content.tracks[0]!.levels[0]!.id;
    expect(result.content.competencies[0]!.expectations[engineer]).toBe('Writes tests');
  });

  it('leaves out rows past the framework’s limits, one report each, and keeps the track whole', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `IC,L${i + 1},Craft,x`).join('\n');
    const result = importFrameworkCsv(header + rows, 'F');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.tracks[0]!.levels).toHaveLength(12);
    expect(result.skipped).toEqual([
      { line: 14, reason: 'tooManyLevels', column: 'level' },
      { line: 15, reason: 'tooManyLevels', column: 'level' },
    ]);
  });

  it('refuses 50,000 rows whole, with the limit, rather than importing part of them', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `T${i % 5},L${i % 10},C${i},x`).join('\n');
    expect(importFrameworkCsv(header + rows, 'F')).toEqual({
      ok: false,
      problem: { reason: 'tooManyRows', max: CSV_MAX_DATA_ROWS },
    });
  });

  it('refuses a file where no row can be used, with every row’s reason', () => {
    const result = importFrameworkCsv(header + ',,,\nIC,,Craft,x\n', 'F');
    expect(result).toEqual({
      ok: false,
      problem: {
        reason: 'noUsableRows',
        skipped: [
          { line: 2, reason: 'missing', column: 'track' },
          { line: 3, reason: 'missing', column: 'level' },
        ],
      },
    });
  });

  it('refuses a file larger than its limit before reading it', () => {
    const huge = header + 'IC,L,C,' + 'x'.repeat(2 * 1024 * 1024);
    expect(importFrameworkCsv(huge, 'F')).toMatchObject({ ok: false, problem: { reason: 'tooLarge' } });
  });
});
