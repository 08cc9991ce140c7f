import { useId, useState } from 'react';
import { parseJournalJson } from '../../../../shared/export/journalJson';
import type { ExportedItemKind } from '../../../../shared/export/journalItems';
import { useAppServices } from '../../services/AppServicesContext';
import type { BackupApi } from './backupApi';
import {
  collectJournal,
  describeLeftOutItems,
  journalAsJson,
  journalAsMarkdownZip,
  type ExportSelection,
} from './journalExport';
import { importJournal } from './journalImport';
import { throwIfCancelled } from './taskProgress';
import type { BackgroundTask } from './useBackgroundTask';

const KINDS: { kind: ExportedItemKind; label: string }[] = [
  { kind: 'reflection', label: 'Reflections' },
  { kind: 'goal', label: 'Goals' },
  { kind: 'plan', label: 'Development plans' },
  { kind: 'feedback', label: 'Feedback' },
];

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Export the journal (all of it or a selection) as Markdown or JSON; import a JSON export. */
export function ExportPanel({ api, task }: { api: BackupApi; task: BackgroundTask }) {
  const { store, vault, now } = useAppServices();
  const [kinds, setKinds] = useState<ExportedItemKind[]>(KINDS.map((k) => k.kind));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromId = useId();
  const toId = useId();
  const busy = task.running !== null;
  const selection: ExportSelection = { kinds, from: from || null, to: to || null };
  const rangeError = from && to && from > to ? 'The start date is after the end date.' : null;

  const exportAs = (format: 'markdown' | 'json') =>
    task.run(format === 'json' ? 'JSON export' : 'Markdown export', async (control) => {
      const target = await api.export.chooseTarget({
        purpose: format === 'json' ? 'journal-json' : 'journal-markdown',
      });
      if (target.status === 'cancelled') return null;
      const { items, leftOut } = await collectJournal(store, vault.doc, selection, control);
      const notIncluded =
        leftOut.length === 0
          ? ''
          : ` ${plural(leftOut.length, 'item')} could not be read and ${leftOut.length === 1 ? 'was' : 'were'} ` +
            `left out: ${describeLeftOutItems(leftOut)}.`;
      if (items.length === 0)
        return {
          kind: 'error',
          text:
            leftOut.length === 0
              ? 'Nothing to export: no items match this selection.'
              : `Nothing was exported.${notIncluded}`,
        };
      const at = new Date(now());
      const bytes =
        format === 'json' ? journalAsJson(vault.doc, items, at) : journalAsMarkdownZip(vault.doc, items, at);
      throwIfCancelled(control.signal);
      control.onCommitted?.();
      control.onProgress?.({ phase: 'Saving the file', done: 0, total: 1 });
      const written = await api.export.write({ targetId: target.targetId, bytes });
      if (written.status === 'failed') return { kind: 'error', text: written.message };
      return {
        kind: leftOut.length === 0 ? 'done' : 'error',
        text: `Exported ${plural(items.length, 'item')} to ${written.fileName}.${notIncluded}`,
      };
    });

  const importJson = () =>
    task.run('Import', async (control) => {
      const opened = await api.export.openJson({});
      if (opened.status === 'cancelled') return null;
      if (opened.status === 'failed') return { kind: 'error', text: opened.message };
      const data = parseJournalJson(opened.text);
      const { imported } = await importJournal(store, vault.doc, data, control);
      return { kind: 'done', text: `Imported ${plural(imported, 'item')} from ${opened.fileName}.` };
    });

  return (
    <section className="backup-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export the journal</h2>
      <p className="settings-hint">
        Markdown: one file per item with its details as YAML front matter, in a .zip that any computer opens
        and any Markdown tool reads. JSON: everything in one file that Tandem can import again.
      </p>
      <fieldset className="backup-kinds" disabled={busy}>
        <legend>Include</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className="backup-check">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) =>
                setKinds((current) =>
                  e.target.checked ? [...current, kind] : current.filter((k) => k !== kind),
                )
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="backup-range">
        <label htmlFor={fromId}>Created from</label>
        <input
          id={fromId}
          type="date"
          className="text-input"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          disabled={busy}
        />
        <label htmlFor={toId}>to</label>
        <input
          id={toId}
          type="date"
          className="text-input"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          disabled={busy}
        />
      </div>
      {rangeError && (
        <p className="field-error" role="alert">
          {rangeError}
        </p>
      )}
      <div className="settings-row">
        <button
          type="button"
          className="button"
          disabled={busy || kinds.length === 0 || rangeError !== null}
          onClick={() => void exportAs('markdown')}
        >
          Export as Markdown…
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || kinds.length === 0 || rangeError !== null}
          onClick={() => void exportAs('json')}
        >
          Export as JSON…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void importJson()}>
          Import JSON…
        </button>
      </div>
    </section>
  );
}
