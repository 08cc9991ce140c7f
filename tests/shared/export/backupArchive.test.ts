import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stampedDoc } from './stampedDocs';
import {
  BackupArchiveError,
  buildBackupArchive,
  readBackupArchive,
  type BackupContents,
} from '../../../shared/export/backupArchive';

function docUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const contents: BackupContents = {
  createdAt: '2026-01-02T03:04:05.000Z',
  app: { name: 'Tandem', version: '0.1.0' },
  documents: [
    { docId: 'vault', update: stampedDoc('vault', 'index') },
    { docId: 'item:abc', update: stampedDoc('item:abc', 'entry') },
  ],
  settings: [{ name: 'reminders.json', bytes: strToU8('{"version":1,"reminders":{}}') }],
  identity: null,
};

async function refusal(bytes: Uint8Array): Promise<BackupArchiveError> {
  const error = await readBackupArchive(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupArchiveError);
  return error as BackupArchiveError;
}

describe('backup archive', () => {
  it('reads back every document byte for byte, and the settings', async () => {
    const read = await readBackupArchive(await buildBackupArchive(contents));
    expect(read.documents).toEqual(contents.documents);
    expect(read.settings).toEqual(contents.settings);
    expect(read.createdAt).toBe(contents.createdAt);
    expect(read.identity).toBeNull();
  });

  it('is a ZIP with a readable manifest', async () => {
    const files = unzipSync(await buildBackupArchive(contents));
    expect(Object.keys(files)[0]).toBe('manifest.json');
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json']))).toMatchObject({
      format: 'tandem-backup',
      formatVersion: 1,
    });
  });

  it('refuses a file that is not a ZIP', async () => {
    const error = await refusal(strToU8('just some text'));
    expect(error.reason).toBe('not-a-backup');
    expect(error.message).toMatch(/not a Tandem backup \(it is not a ZIP archive\)/);
  });

  it('refuses a truncated file', async () => {
    const bytes = await buildBackupArchive(contents);
    const error = await refusal(bytes.slice(0, Math.floor(bytes.length * 0.6)));
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/incomplete or damaged/);
  });

  it('refuses a ZIP that is not a Tandem backup', async () => {
    const error = await refusal(zipSync({ 'notes.txt': strToU8('hello') }));
    expect(error.reason).toBe('foreign');
    expect(error.message).toMatch(/not a Tandem backup \(it has no Tandem manifest\)/);
  });

  it('refuses a backup whose document was altered', async () => {
    const files = unzipSync(await buildBackupArchive(contents));
    files['documents/000001.yjs'] = new Uint8Array(docUpdate('tampered'));
    const error = await refusal(zipSync(files));
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/documents\/000001\.yjs does not match its checksum/);
  });

  it('refuses a backup from a newer format', async () => {
    const files = unzipSync(await buildBackupArchive(contents));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 7 }));
    const error = await refusal(zipSync(files));
    expect(error.reason).toBe('newer');
    expect(error.message).toMatch(/newer version of Tandem \(backup format 7/);
  });
});
