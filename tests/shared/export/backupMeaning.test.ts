import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BackupArchiveError,
  buildBackupArchive,
  readBackupArchive,
  type BackupDocument,
} from '../../../shared/export/backupArchive';
import { checkDocument } from '../../../shared/export/documentCheck';
import { initFeedback } from '../../../shared/schema/feedback';
import { initGoal, defaultGoalFields } from '../../../shared/schema/goal';
import { indexPlan } from '../../../shared/schema/growthIndex';
import { initPlan, readPlan } from '../../../shared/schema/plan';
import { stampedDoc } from './stampedDocs';

/**
 * A restore checks meaning, not only bytes: every document must be what its id says — the journal
 * index a journal index, an item a reflection, goal, plan or feedback note this version reads, a
 * space, meeting or private-notes document the one it names — or the backup is refused, naming it.
 */

const update = (build: (doc: Y.Doc) => void): Uint8Array => {
  const doc = new Y.Doc();
  build(doc);
  return Y.encodeStateAsUpdate(doc);
};

const plan = (id: string, title: string) =>
  update((doc) => initPlan(doc, id, { title, goalId: null, status: 'active', reviewCadence: null }, 1));

async function read(documents: BackupDocument[]) {
  return readBackupArchive(
    await buildBackupArchive({
      createdAt: '2026-01-02T03:04:05.000Z',
      app: { name: 'Tandem', version: '0.1.0' },
      documents,
      settings: [],
      identity: null,
    }),
  );
}

async function refusal(documents: BackupDocument[]): Promise<BackupArchiveError> {
  const error = await read(documents).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupArchiveError);
  return error as BackupArchiveError;
}

/** The journal index, listing the plan `p1` so refusals can name it. */
const vaultListing = (planTitle: string) =>
  update((doc) => {
    Y.applyUpdate(doc, stampedDoc('vault', ''));
    const p = new Y.Doc();
    Y.applyUpdate(p, plan('p1', planTitle));
    indexPlan(doc, readPlan(p)!);
  });

describe('a restore checks what each document means', () => {
  it('refuses a vault that is valid Yjs but not a journal index, by name', async () => {
    const notAVault = update((doc) => doc.getText('meta').insert(0, 'a text where the index should be'));
    const error = await refusal([{ docId: 'vault', update: notAVault }]);
    expect(error.reason).toBe('unreadable');
    expect(error.message).toBe(
      'This backup cannot be restored: the journal index (it is not a Tandem journal index (it has no version ' +
        'stamp)). Nothing was restored.',
    );
  });

  it('refuses an item whose document is not the kind it claims, naming it by its title', async () => {
    const notAPlan = update((doc) => {
      doc.getMap('meta').set('kind', 'plan');
      doc.getMap('meta').set('id', 'p1');
    });
    const error = await refusal([
      { docId: 'vault', update: vaultListing('Team lead plan') },
      { docId: 'item:p1', update: notAPlan },
      { docId: 'item:e1', update: stampedDoc('item:e1', 'fine') },
    ]);
    expect(error.message).toBe(
      'This backup cannot be restored: the plan “Team lead plan” (its details are missing or malformed). ' +
        'Nothing was restored.',
    );
  });

  it('refuses documents that name something else, or hold nothing at all', async () => {
    const error = await refusal([
      { docId: 'vault', update: vaultListing('Team lead plan') },
      { docId: 'item:p1', update: plan('p2', 'Someone else’s plan') },
      { docId: 'item:empty', update: update((doc) => doc.getText('t').insert(0, 'loose text')) },
      { docId: 'space:s1', update: stampedDoc('space:s2', '') },
      { docId: 'meeting:m1', update: stampedDoc('meeting-private:m1', '') },
      { docId: 'widget:w1', update: stampedDoc('item:w1', '') },
    ]);
    expect(error.message).toBe(
      'This backup cannot be restored: the plan “Team lead plan” (it names another plan); an item not in the ' +
        'journal index (item:empty) (it holds no journal item); a one-on-one series (space:s1) (it is not the ' +
        'one-on-one series its name says); a one-on-one meeting’s agenda (meeting:m1) (it is not the meeting ' +
        'agenda its name says); widget:w1 (it is a kind of document this version of Tandem does not know). ' +
        'Nothing was restored.',
    );
  });

  it('accepts every kind the app writes', async () => {
    const documents: BackupDocument[] = [
      { docId: 'vault', update: vaultListing('Team lead plan') },
      { docId: 'item:p1', update: plan('p1', 'Team lead plan') },
      { docId: 'item:e1', update: stampedDoc('item:e1', 'entry') },
      {
        docId: 'item:g1',
        update: update((doc) => initGoal(doc, 'g1', { ...defaultGoalFields, title: 'Lead' }, 1)),
      },
      {
        docId: 'item:f1',
        update: update((doc) =>
          initFeedback(
            doc,
            'f1',
            {
              from: 'Grace',
              givenOn: '2026-01-02',
              behaviour: 'b',
              impact: 'i',
              nextStep: 'n',
              goalId: null,
              competencyId: null,
            },
            1,
          ),
        ),
      },
      { docId: 'space:s1', update: stampedDoc('space:s1', '') },
      { docId: 'meeting:m1', update: stampedDoc('meeting:m1', '') },
      { docId: 'meeting-private:m1', update: stampedDoc('meeting-private:m1', '') },
    ];
    expect((await read(documents)).documents).toEqual(documents);
  });

  it('keeps an item a newer Tandem wrote as it is, without judging a layout it does not know', async () => {
    const newer = update((doc) => {
      const meta = doc.getMap('meta');
      meta.set('schemaVersion', 9);
      meta.set('kind', 'plan');
      meta.set('id', 'p1');
      meta.set('title', { text: 'A title shaped as no version here writes it' });
    });
    expect(checkDocument('item:p1', newer)).toEqual({ ok: true });
    const read1 = await read([
      { docId: 'vault', update: vaultListing('Team lead plan') },
      { docId: 'item:p1', update: newer },
    ]);
    expect(read1.documents[1]?.update).toEqual(newer);
  });
});
