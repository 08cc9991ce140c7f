import { useState } from 'react';
import { isRealDate } from '../../../../shared/schema/dates';
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
import { collectMeetings, mainConfirmationCheck } from './meetingsExport';
import { throwIfCancelled } from './taskProgress';
import type { BackgroundTask } from './useBackgroundTask';
import type { MessageId } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/form';

const KINDS: { kind: ExportedItemKind; label: MessageId }[] = [
  { kind: 'reflection', label: 'backup.export.kind.reflection' },
  { kind: 'goal', label: 'backup.export.kind.goal' },
  { kind: 'plan', label: 'backup.export.kind.plan' },
  { kind: 'feedback', label: 'backup.export.kind.feedback' },
];

/** Export the journal (all of it or a selection) as Markdown or JSON; import a JSON export. */
export function ExportPanel({ api, task }: { api: BackupApi; task: BackgroundTask }) {
  const { store, vault, now } = useAppServices();
  const t = useT();
  const [kinds, setKinds] = useState<ExportedItemKind[]>(KINDS.map((k) => k.kind));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const busy = task.running !== null;
  const selection: ExportSelection = { kinds, from: from || null, to: to || null };
  // Only whole days bound the range; a date still being typed (or not a day) holds Export back,
  // and the field itself says what is wrong with it.
  const datesReady = [from, to].every((date) => date === '' || isRealDate(date));
  const rangeError = datesReady && from && to && from > to ? t('backup.export.rangeError') : null;

  const exportAs = (format: 'markdown' | 'json') =>
    task.run(
      t(format === 'json' ? 'backup.task.jsonExport' : 'backup.task.markdownExport'),
      async (control) => {
        const target = await api.export.chooseTarget({
          purpose: format === 'json' ? 'journal-json' : 'journal-markdown',
        });
        if (target.status === 'cancelled') return null;
        const { items, leftOut } = await collectJournal(store, vault.doc, selection, control);
        const notIncluded = t('backup.export.leftOut', {
          count: leftOut.length,
          names: describeLeftOutItems(leftOut),
        });
        if (items.length === 0)
          return {
            kind: 'error',
            text:
              leftOut.length === 0
                ? t('backup.export.nothingMatches')
                : t('backup.export.nothingExported', { leftOut: notIncluded }),
          };
        const at = new Date(now());
        const bytes =
          format === 'json'
            ? journalAsJson(
                vault.doc,
                items,
                at,
                await collectMeetings(store, vault, mainConfirmationCheck()),
              )
            : journalAsMarkdownZip(
                vault.doc,
                items,
                at,
                await collectMeetings(store, vault, mainConfirmationCheck()),
              );
        throwIfCancelled(control.signal);
        control.onCommitted?.();
        control.onProgress?.({ phase: 'backup.phase.savingFile', done: 0, total: 1 });
        const written = await api.export.write({ targetId: target.targetId, bytes });
        if (written.status === 'failed') return { kind: 'error', text: written.message };
        return {
          kind: leftOut.length === 0 ? 'done' : 'error',
          text:
            leftOut.length === 0
              ? t('backup.export.done', { count: items.length, file: written.fileName })
              : t('backup.export.doneLeftOut', {
                  count: items.length,
                  file: written.fileName,
                  leftOut: notIncluded,
                }),
        };
      },
    );

  const importJson = () =>
    task.run(t('backup.task.import'), async (control) => {
      const opened = await api.export.openJson({});
      if (opened.status === 'cancelled') return null;
      if (opened.status === 'failed') return { kind: 'error', text: opened.message };
      const data = parseJournalJson(opened.text);
      const { imported } = await importJournal(store, vault.doc, data, control);
      return { kind: 'done', text: t('backup.import.done', { count: imported, file: opened.fileName }) };
    });

  return (
    <section className="backup-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('backup.export.heading')}</h2>
      <p className="settings-hint">{t('backup.export.hint')}</p>
      <fieldset className="backup-kinds" disabled={busy}>
        <legend>{t('backup.export.include')}</legend>
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
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div className="backup-range">
        <DateField label={t('backup.export.from')} value={from} onChange={setFrom} disabled={busy} />
        <DateField
          label={t('backup.export.to')}
          value={to}
          onChange={setTo}
          disabled={busy}
          error={rangeError ?? undefined}
        />
      </div>
      <div className="settings-row">
        <button
          type="button"
          className="button"
          disabled={busy || kinds.length === 0 || !datesReady || rangeError !== null}
          onClick={() => void exportAs('markdown')}
        >
          {t('backup.export.asMarkdown')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || kinds.length === 0 || !datesReady || rangeError !== null}
          onClick={() => void exportAs('json')}
        >
          {t('backup.export.asJson')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void importJson()}>
          {t('backup.export.importJson')}
        </button>
      </div>
    </section>
  );
}
