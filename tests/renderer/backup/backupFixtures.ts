import * as Y from 'yjs';
import { bootServices, type BootOptions } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import type { BackupApi } from '../../../renderer/src/features/backup/backupApi';
import type { BackupDocument } from '../../../shared/export/backupArchive';
import type { BackupLeftOut } from '../../../shared/export/exportIpc';
import { appendRichNodes } from '../../../shared/export/richTree';
import { saveCompetency } from '../../../shared/schema/competency';
import { itemDocId } from '../../../shared/schema/ids';
import { savePlanRecord } from '../../../shared/schema/plan';
import { addReflectionTag, reflectionBody, setReflectionTitle } from '../../../shared/schema/reflection';
import { updateProfile } from '../../../shared/schema/vault';
import { freshBootOptions } from '../journal/bootOptions';

/** Changes an item as the editors do: through the open document, so the disk mirror gets it too. */
async function edit(services: AppServices, docId: string, change: (doc: Y.Doc) => void): Promise<void> {
  const [opened, release] = services.store.open(docId);
  try {
    await opened.ready;
    change(opened.doc);
  } finally {
    release();
  }
}

/** A journal with one of everything, written through the app's own repositories. */
export async function seededJournal(overrides: Partial<BootOptions> = {}): Promise<AppServices> {
  let clock = Date.UTC(2025, 0, 6, 9);
  const services = await bootServices(freshBootOptions({ now: () => (clock += 3_600_000), ...overrides }));
  updateProfile(services.vault.doc, {
    displayName: 'Ada',
    onboarding: 'completed',
    reflectionRhythm: 'weekly',
  });
  for (const [title, tag] of [
    ['After the launch', 'launch'],
    ['Weekly check-in: hiring', 'hiring'],
  ] as const) {
    const id = await services.journal.createEntry('after-project');
    await edit(services, itemDocId(id), (doc) => {
      setReflectionTitle(doc, title, clock);
      addReflectionTag(doc, tag, clock);
      appendRichNodes(reflectionBody(doc), [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'I learned to ' },
            { type: 'text', text: 'delegate', marks: [{ type: 'bold' }] },
            { type: 'text', text: '.' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ask early' }] }],
            },
          ],
        },
      ]);
      services.journal.reindex(id, doc);
    });
  }
  saveCompetency(
    services.vault.doc,
    'c1',
    { name: 'Delegation', description: '', current: 2, target: 4 },
    clock,
  );
  const goalId = await services.growth.createGoal({
    title: 'Lead a team',
    why: 'I enjoy growing people.',
    alignment: 'We are hiring.',
    horizon: '1-year',
    status: 'active',
    path: 'step-up',
    competencyIds: ['c1'],
  });
  const planId = await services.growth.createPlan({
    title: 'Team lead plan',
    goalId,
    status: 'active',
    reviewCadence: 'monthly',
  });
  await edit(services, itemDocId(planId), (doc) => {
    savePlanRecord(
      doc,
      'milestones',
      {
        id: 'm1',
        title: 'Run the retro',
        owner: { kind: 'me' },
        startDate: null,
        dueDate: '2025-03-01',
        status: 'in-progress',
        successCriterion: 'The team says it helped',
        evidence: '',
        completedAt: null,
      },
      clock,
    );
    services.growth.reindexPlan(doc);
  });
  await services.growth.createFeedback({
    from: 'Grace',
    givenOn: '2025-01-10',
    behaviour: 'You summarised the decision.',
    impact: 'Everyone left aligned.',
    nextStep: 'Do it in every meeting.',
    goalId,
    competencyId: 'c1',
  });
  await services.store.flushAll();
  return services;
}

export async function emptyJournal(): Promise<AppServices> {
  return bootServices(freshBootOptions());
}

/** Every document's state, read back from a fresh boot of the same IndexedDB databases. */
export function stateOf(update: Uint8Array): { vector: Uint8Array; doc: Y.Doc } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return { vector: Y.encodeStateVector(doc), doc };
}

/**
 * window.tandem's export and backup calls, kept in memory: the dialog answers are scripted,
 * written files are kept by name, and a backup "file" is the documents it was given (the
 * archive format itself is tested in tests/shared/export and tests/electron/backup).
 */
export class MemoryBackupApi {
  readonly files = new Map<string, Uint8Array>();
  nextSaveName: string | null = 'journal.json';
  nextOpen: { fileName: string; text: string } | null = null;
  backupToOpen: BackupDocument[] | null = null;
  restoreResult: Awaited<ReturnType<BackupApi['backup']['restore']>> = {
    status: 'restored',
    documents: 0,
    identityRestored: false,
    spacesRestored: 0,
    warnings: [],
    previousFolder: null,
  };
  writeFailure: string | null = null;
  /** What main reports it could not include in the next backup. */
  leftOut: BackupLeftOut[] = [];
  restoreCalls = 0;
  /** The passphrase the last backup was encrypted with (null: a plain ZIP); opening it asks for it. */
  encryptedWith: string | null = null;
  /** What main says when the file itself is cut short or altered, whatever passphrase is typed. */
  fileProblem: 'truncated' | 'damaged' | null = null;
  /** When set, chooseTarget waits for this before answering (a dialog left open). */
  dialogGate: Promise<void> | null = null;
  private readonly targets = new Map<string, string>();

  readonly api: BackupApi = {
    export: {
      chooseTarget: async () => {
        await this.dialogGate;
        if (this.nextSaveName === null) return { status: 'cancelled' };
        const targetId = `target${this.targets.size}xyz`;
        this.targets.set(targetId, this.nextSaveName);
        return { status: 'chosen', targetId, fileName: this.nextSaveName };
      },
      write: ({ targetId, bytes }) => {
        const name = this.targets.get(targetId) ?? '?';
        if (this.writeFailure) return Promise.resolve({ status: 'failed', message: this.writeFailure });
        this.files.set(name, bytes);
        return Promise.resolve({ status: 'written', fileName: name, bytes: bytes.byteLength });
      },
      openJson: () =>
        Promise.resolve(this.nextOpen ? { status: 'opened', ...this.nextOpen } : { status: 'cancelled' }),
    },
    backup: {
      status: () => Promise.resolve({ identityAvailable: false }),
      write: ({ targetId, documents, backupPassphrase }) => {
        const name = this.targets.get(targetId) ?? '?';
        if (this.writeFailure) return Promise.resolve({ status: 'failed', message: this.writeFailure });
        this.backupToOpen = documents;
        this.encryptedWith = backupPassphrase ?? null;
        return Promise.resolve({
          status: 'written',
          fileName: name,
          bytes: 1234,
          documents: documents.length,
          leftOut: this.leftOut,
        });
      },
      open: () =>
        Promise.resolve(
          !this.backupToOpen
            ? { status: 'cancelled' }
            : this.encryptedWith !== null
              ? { status: 'locked', backupId: 'backup12345', fileName: 'backup.zip' }
              : this.openedBackup(this.backupToOpen),
        ),
      unlock: ({ passphrase }) =>
        Promise.resolve(
          this.fileProblem
            ? { status: 'refused', reason: this.fileProblem }
            : passphrase !== this.encryptedWith || !this.backupToOpen
              ? { status: 'refused', reason: 'wrong-passphrase' }
              : this.openedBackup(this.backupToOpen),
        ),
      restore: () => {
        this.restoreCalls++;
        return Promise.resolve(this.restoreResult);
      },
      discard: () => Promise.resolve({}),
    },
  };

  private openedBackup(documents: BackupDocument[]) {
    return {
      status: 'opened' as const,
      backupId: 'backup12345',
      fileName: 'backup.zip',
      createdAt: '2026-01-01T00:00:00.000Z',
      appVersion: '0.1.0',
      hasIdentity: false,
      documents,
    };
  }
}
