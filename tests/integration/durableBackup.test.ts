import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listMirrorFolders } from '../../electron/main/mirror/docFolder';
import { bootServices } from '../../renderer/src/app/services';
import type { AppServices } from '../../renderer/src/services/AppServicesContext';
import type { MirrorClient } from '../../renderer/src/data/mirrorClient';
import { collectJournal, EVERYTHING } from '../../renderer/src/features/backup/journalExport';
import { collectBackupDocuments } from '../../renderer/src/features/backup/localDocuments';
import { readBackupArchive } from '../../shared/export/backupArchive';
import { itemDocId } from '../../shared/schema/ids';
import { addTalkingPoint, initMeetingDoc } from '../../shared/schema/meeting';
import { meetingDocId, privateNotesDocId, spaceDocId } from '../../shared/schema/meetingIds';
import { initPrivateNotesDoc } from '../../shared/schema/meetingPrivate';
import { initPlan, readPlan } from '../../shared/schema/plan';
import { initSpace } from '../../shared/schema/space';
import { makeProfile, removeTempDirs, tempDir, type TestProfile } from '../electron/backup/backupTestKit';
import { seededJournal } from '../renderer/backup/backupFixtures';
import { freshBootOptions } from '../renderer/journal/bootOptions';

// The renderer's real store (fake-indexeddb) against main's real disk mirror and backup service:
// what crosses IPC in the app is called directly here.
let profile: TestProfile;
let mirror: MirrorClient;
const running: AppServices[] = [];

beforeEach(async () => {
  profile = await makeProfile();
  mirror = {
    append: async (docId, update) => {
      await profile.mirror.append(docId, update);
    },
    load: (docId) => profile.mirror.load(docId),
    purge: (docId) => profile.mirror.purge(docId),
    compactCollected: (docId) => profile.mirror.compactCollected(docId),
  };
});

afterEach(async () => {
  for (const services of running.splice(0)) await services.store.closeAll();
  await profile.mirror.whenIdle();
  await removeTempDirs();
});

const boot = async (services: Promise<AppServices>) => {
  const booted = await services;
  running.push(booted);
  return booted;
};

const SPACE = 'space-one';
const MEETING = 'meeting-one';

/** Every kind of document the app keeps: the seeded journal plus a one-on-one series. */
async function journalWithEveryKind(): Promise<AppServices> {
  const services = await boot(seededJournal({ mirror }));
  const write = async (docId: string, change: (doc: Y.Doc) => void) => {
    const [opened, release] = services.store.open(docId);
    await opened.ready;
    change(opened.doc);
    release();
  };
  await write(spaceDocId(SPACE), (doc) => initSpace(doc, SPACE));
  await write(meetingDocId(MEETING), (doc) => {
    initMeetingDoc(doc, MEETING, SPACE);
    addTalkingPoint(doc, {
      id: 'p1',
      text: 'Promotion criteria',
      authorId: 'me',
      authorName: 'Ada',
      createdAt: 1,
    });
  });
  await write(privateNotesDocId(MEETING), (doc) => initPrivateNotesDoc(doc, MEETING));
  await services.store.flushAll();
  return services;
}

/** A full backup as Settings makes it: the window's documents, merged in main with its mirror. */
async function backUp(services: AppServices) {
  const { documents, unreadable } = await collectBackupDocuments(services.store, services.vault, {});
  const path = join(await tempDir(), 'backup.zip');
  profile.dialogAnswers.save.push(path);
  const target = await profile.service.chooseTarget({ purpose: 'backup' });
  if (target.status !== 'chosen') throw new Error('no target');
  const written = await profile.service.writeBackup({
    targetId: target.targetId,
    documents,
    unreadable,
    identityPassphrase: null,
  });
  if (written.status !== 'written') throw new Error(written.message);
  return { written, archive: await readBackupArchive(await readFile(path)) };
}

const mirrored = async () => (await listMirrorFolders(join(profile.userDataDir, 'documents'))).docIds.sort();

describe('backups and exports hold every document', () => {
  it('after the local database is lost, a backup and an export still hold every item', async () => {
    const first = await journalWithEveryKind();
    await first.store.closeAll();
    const everything = await mirrored();
    expect(everything).toHaveLength(9); // vault, 2 reflections, goal, plan, feedback, space, meeting, notes

    // A new, empty local database (a wiped or replaced browser profile); the disk mirror is intact.
    const second = await boot(bootServices(freshBootOptions({ mirror })));
    const { items, leftOut } = await collectJournal(second.store, second.vault.doc, EVERYTHING, {});
    expect(items.map((i) => i.kind).sort()).toEqual(['feedback', 'goal', 'plan', 'reflection', 'reflection']);
    expect(leftOut).toEqual([]);
    expect(items.find((i) => i.kind === 'plan')).toMatchObject({
      title: 'Team lead plan',
      milestones: [expect.objectContaining({ title: 'Run the retro' })],
    });

    const { written, archive } = await backUp(second);
    expect(written.documents).toBe(everything.length);
    expect(written.leftOut).toEqual([]);
    expect(archive.documents.map((d) => d.docId).sort()).toEqual(everything);
  });

  it('includes a document only main has: a peer’s plan that arrived while no window was open', async () => {
    const services = await journalWithEveryKind();
    const fromPeer = new Y.Doc();
    initPlan(
      fromPeer,
      'peerPlan',
      { title: 'Shared by my manager', goalId: null, status: 'active', reviewCadence: 'monthly' },
      Date.UTC(2026, 0, 1),
    );
    // The sync engine stores a peer's change in the mirror; this window never opened it.
    await profile.mirror.append(itemDocId('peerPlan'), Y.encodeStateAsUpdate(fromPeer));

    const { written, archive } = await backUp(services);
    const backedUp = archive.documents.find((d) => d.docId === itemDocId('peerPlan'));
    expect(backedUp).toBeDefined();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, backedUp!.update);
    expect(readPlan(copy)?.title).toBe('Shared by my manager');
    expect(written.documents).toBe((await mirrored()).length);
  });

  it('a healthy journal with every item kind: nothing is left out of an export or a backup', async () => {
    const services = await journalWithEveryKind();
    const { items, leftOut } = await collectJournal(services.store, services.vault.doc, EVERYTHING, {});
    expect(leftOut).toEqual([]);
    expect(items).toHaveLength(5);
    const { written } = await backUp(services);
    expect(written.leftOut).toEqual([]);
    expect(written.documents).toBe(9);
  });
});
