import { useId, useState, type ReactNode } from 'react';
import {
  CSV_LIMITS,
  importFrameworkCsv,
  type CsvImportProblem,
  type CsvImportResult,
  type SkippedRow,
} from '../../../../shared/framework/frameworkCsv';
import { FRAMEWORK_LIMITS, type FrameworkContent } from '../../../../shared/schema/framework';
import { useT, type Translate } from '../../i18n/useT';

type Reading = { file: string; result: CsvImportResult | 'notText' } | null;

/**
 * Import a framework from a CSV file: the file is read whole and checked before anything is
 * saved. A refused file says why and leaves nothing behind; an accepted one shows what it holds
 * and every row left out, and is saved (in one transaction) only when the person says so.
 */
export function CsvImport({ onImport }: { onImport: (content: FrameworkContent) => void }) {
  const t = useT();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const [reading, setReading] = useState<Reading>(null);
  const choose = async (file: File) => {
    const title = file.name.replace(/\.csv$/i, '');
    if (file.size > CSV_LIMITS.maxBytes) {
      setReading({
        file: file.name,
        result: { ok: false, problem: { reason: 'tooLarge', maxBytes: CSV_LIMITS.maxBytes } },
      });
      return;
    }
    try {
      setReading({ file: file.name, result: importFrameworkCsv(await file.text(), title) });
    } catch {
      setReading({ file: file.name, result: 'notText' });
    }
  };
  const bdi = (chunks: ReactNode[]) => <bdi>{chunks}</bdi>;
  return (
    <div className="framework-csv">
      <label htmlFor={inputId}>{t('framework.csv.file')}</label>
      <p id={hintId} className="form-hint">
        {t('framework.start.csvHint', { rows: CSV_LIMITS.maxRows - 1 })}
      </p>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void choose(file);
        }}
      />
      {reading?.result === 'notText' && (
        <p className="field-error" role="alert">
          {t('framework.csv.notText')}
        </p>
      )}
      {reading && reading.result !== 'notText' && !reading.result.ok && (
        <div role="alert" className="framework-csv-refused">
          <p>{t.rich('framework.csv.refused', { file: reading.file, bdi })}</p>
          <p>{problemSentence(t, reading.result.problem)}</p>
          {reading.result.problem.reason === 'noUsableRows' && (
            <SkippedList t={t} rows={reading.result.problem.skipped} />
          )}
        </div>
      )}
      {reading && reading.result !== 'notText' && reading.result.ok && (
        <div className="framework-csv-ready">
          <p role="status">
            {t('framework.csv.ready', {
              file: reading.file,
              rows: reading.result.rowsRead,
              tracks: reading.result.content.tracks.length,
              competencies: reading.result.content.competencies.length,
            })}
          </p>
          {reading.result.skipped.length > 0 && <SkippedList t={t} rows={reading.result.skipped} />}
          <button
            type="button"
            className="button"
            data-variant="primary"
            onClick={() => {
              if (reading.result !== 'notText' && reading.result.ok) onImport(reading.result.content);
            }}
          >
            {t('framework.csv.import')}
          </button>
        </div>
      )}
    </div>
  );
}

function SkippedList({ t, rows }: { t: Translate; rows: readonly SkippedRow[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="framework-csv-skipped">
      <h4 id={headingId}>{t('framework.csv.skippedHeading', { count: rows.length })}</h4>
      <ul aria-labelledby={headingId}>
        {rows.map((row) => (
          <li key={`${row.line}-${row.reason}`}>
            {t('framework.csv.skipped', {
              line: row.line,
              reason: row.reason,
              column: row.column ? t('framework.csv.column', { column: row.column }) : '',
              max: maxFor(row.reason),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function maxFor(reason: SkippedRow['reason']): number {
  if (reason === 'tooManyTracks') return FRAMEWORK_LIMITS.tracks;
  if (reason === 'tooManyLevels') return FRAMEWORK_LIMITS.levelsPerTrack;
  return FRAMEWORK_LIMITS.competencies;
}

function problemSentence(t: Translate, problem: CsvImportProblem): string {
  const values = { reason: problem.reason, max: 0, line: 0, columns: '', column: '' };
  switch (problem.reason) {
    case 'tooLarge':
      return t('framework.csv.problem', { ...values, max: problem.maxBytes / (1024 * 1024) });
    case 'tooManyRows':
      return t('framework.csv.problem', { ...values, max: problem.max });
    case 'tooManyColumns':
    case 'fieldTooLong':
      return t('framework.csv.problem', { ...values, line: problem.line, max: problem.max });
    case 'unclosedQuote':
    case 'strayQuote':
      return t('framework.csv.problem', { ...values, line: problem.line });
    case 'missingColumns':
      return t('framework.csv.problem', { ...values, columns: t.intl.formatList(problem.columns) });
    case 'duplicateColumn':
      return t('framework.csv.problem', { ...values, column: problem.column });
    default:
      return t('framework.csv.problem', values);
  }
}
