import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFolderName } from '../../../electron/main/mirror/docFolder';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import { docIdFromFolderName, mirroredDocIds } from '../../../electron/main/mirror/docFolder';

describe('document ids read back from the mirror’s folders', () => {
  it('inverts the mirror’s folder naming', () => {
    for (const docId of [
      'vault',
      'item:Ab3',
      'item:x_Y-9',
      'space:abcDEF',
      'search-index',
      'meeting-private:Q',
    ]) {
      expect(docIdFromFolderName(docFolderName(docId))).toBe(docId);
    }
  });

  it('gives null for names that are not a document id', () => {
    expect(docIdFromFolderName(`_h${'a'.repeat(64)}`)).toBeNull();
    expect(docIdFromFolderName('item_3')).toBeNull();
    expect(docIdFromFolderName('Item')).toBeNull();
    expect(docIdFromFolderName('item_3a_2e_2e')).toBeNull();
    expect(docIdFromFolderName('.DS_Store')).toBeNull();
  });

  it('lists what a real mirror holds, and nothing when it has no folder yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-local-docs-'));
    try {
      const documentsDir = join(dir, 'documents');
      expect(await mirroredDocIds(documentsDir)).toEqual([]);
      const mirror = new DocumentMirror({ documentsDir });
      await mirror.append('item:Plan7', new Uint8Array([0, 0]));
      await mirror.append('vault', new Uint8Array([0, 0]));
      await mirror.whenIdle();
      expect((await mirroredDocIds(documentsDir)).sort()).toEqual(['item:Plan7', 'vault']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
