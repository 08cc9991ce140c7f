import { mkdtemp, rm } from 'node:fs/promises';
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

  it('reports a failing disk mirror in the save status and retries', async () => {
    let failing = true;
    const flaky: MirrorClient = {
      append: async (docId, update) => {
        if (failing) throw new Error('disk full');
        await client.append(docId, update);
      },
      load: (docId) => client.load(docId),
    };
    const store = new DocumentStore({ mirror: flaky, dbPrefix: prefix(), closeDelayMs: 0 });
    const [item] = store.open('item:c');
    await item.ready;
    item.doc.getText('body').insert(0, 'one');
    await store.flushAll();
    expect(store.getStatus()).toEqual({
      kind: 'error',
      message: 'Could not write the backup copy on disk: disk full',
    });
    failing = false;
    item.doc.getText('body').insert(3, ' two');
    await store.flushAll();
    expect(store.getStatus()).toEqual({ kind: 'saved' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, (await mirror.load('item:c')).update!);
    expect(copy.getText('body').toJSON()).toBe('one two');
  });
});
