import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import { DocumentStore } from '../../renderer/src/data/DocumentStore';
import type { MirrorClient } from '../../renderer/src/data/mirrorClient';

// The renderer's store against main's real disk mirror (plain Node files in a temp folder):
// what crosses IPC in the app is called directly here.
let dir: string;
let mirror: DocumentMirror;
let client: MirrorClient;
let counter = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-store-'));
  mirror = new DocumentMirror({ documentsDir: join(dir, 'documents') });
  client = {
    append: async (docId, update) => {
      await mirror.append(docId, update);
    },
    load: (docId) => mirror.load(docId),
    purge: (docId) => mirror.purge(docId),
    compactCollected: (docId) => mirror.compactCollected(docId),
  };
});

afterEach(async () => {
  await mirror.whenIdle();
  await rm(dir, { recursive: true, force: true });
});

const prefix = () => `store-test-${Date.now()}-${counter++}/`;

describe('DocumentStore with the disk mirror', () => {
  it('copies every local change to the disk mirror', async () => {
    const store = new DocumentStore({ mirror: client, dbPrefix: prefix(), closeDelayMs: 0 });
    const [item, release] = store.open('item:a');
    await item.ready;
    item.doc.getText('body').insert(0, 'What did I learn?');
    await store.flushAll();
    release();
    const { update } = await mirror.load('item:a');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update!);
    expect(copy.getText('body').toJSON()).toBe('What did I learn?');
  });

  it('restores a document from the disk mirror when IndexedDB has lost it', async () => {
    const first = new DocumentStore({ mirror: client, dbPrefix: prefix(), closeDelayMs: 0 });
    const [item] = first.open('item:b');
    await item.ready;
    item.doc.getText('body').insert(0, 'Kept safe on disk');
    await first.closeAll();

    // A fresh IndexedDB (as after a wiped or corrupt browser profile), the same disk mirror.
    const second = new DocumentStore({ mirror: client, dbPrefix: prefix(), closeDelayMs: 0 });
    const [again] = second.open('item:b');
    await again.ready;
    await expect.poll(() => again.doc.getText('body').toJSON()).toBe('Kept safe on disk');
    // …and the restored content is written back to the new IndexedDB.
    await second.closeAll();
    expect(second.getStatus()).toEqual({ kind: 'saved' });
  });

  it('says Saving… until main has the change on disk, then Saved', async () => {
    // Main holds every acknowledgement back until the test lets the disk answer.
    let releaseAppends: () => void = () => undefined;
    const diskAnswers = new Promise<void>((resolve) => {
      releaseAppends = resolve;
    });
    let appendsAsked = 0;
    const gated: MirrorClient = {
      append: async (docId, update) => {
        appendsAsked++;
        await diskAnswers;
        await client.append(docId, update);
      },
      load: (docId) => client.load(docId),
      purge: (docId) => client.purge(docId),
      compactCollected: (docId) => client.compactCollected(docId),
    };
    const store = new DocumentStore({ mirror: gated, dbPrefix: prefix(), closeDelayMs: 0 });
    const [item] = store.open('item:gated');
    await item.ready;
    item.doc.getText('body').insert(0, 'not on disk yet');
    await item.persistence.flush();
    // In IndexedDB already, but main has not acknowledged the disk copy.
    expect(item.persistence.state).toBe('saved');
    expect(store.getStatus()).toEqual({ kind: 'saving' });
    const flushed = store.flushAll();
    await expect.poll(() => appendsAsked).toBeGreaterThan(0);
    expect(store.getStatus()).toEqual({ kind: 'saving' });
    releaseAppends();
    await flushed;
    // (Opening also sends the mirror whatever it lacked; that batch lands a moment later.)
    await expect.poll(() => store.getStatus()).toEqual({ kind: 'saved' });
    expect((await mirror.load('item:gated')).update).not.toBeNull();
  });

  it('keeps a change the disk refused, says so until it is written, and writes it without another edit', async () => {
    // A real failure: the mirror's folder cannot be created while a file sits where it should be.
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where a folder belongs');
    const blockedMirror = new DocumentMirror({ documentsDir: join(blocked, 'documents') });
    const store = new DocumentStore({
      mirror: {
        append: async (docId, update) => {
          await blockedMirror.append(docId, update);
        },
        load: (docId) => blockedMirror.load(docId),
        purge: (docId) => blockedMirror.purge(docId),
        compactCollected: (docId) => blockedMirror.compactCollected(docId),
      },
      dbPrefix: prefix(),
      closeDelayMs: 0,
    });
    const [item] = store.open('item:c');
    await item.ready;
    item.doc.getText('body').insert(0, 'one two');
    await store.flushAll();
    const status = store.getStatus();
    expect(status.kind).toBe('error');
    expect(status.kind === 'error' ? status.message : '').toMatch(
      /^Could not write the backup copy on disk \(.+\)\. Your changes are kept and Tandem keeps trying\.$/,
    );
    // The warning stays while the disk refuses; the text stays in the document.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.getStatus().kind).toBe('error');
    expect(item.doc.getText('body').toJSON()).toBe('one two');

    // The folder becomes writable; the retry (no further typing) lands the change.
    await rm(blocked);
    await expect.poll(() => store.getStatus(), { timeout: 5000 }).toEqual({ kind: 'saved' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, (await blockedMirror.load('item:c')).update!);
    expect(copy.getText('body').toJSON()).toBe('one two');
    await blockedMirror.whenIdle();
    await store.closeAll();
  });
});
