import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stampAs, stampedDoc } from './stampedDocs';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_READ_LIMITS,
  BackupArchiveError,
  readBackupArchive,
  sha256,
  type BackupReadLimits,
} from '../../../shared/export/backupArchive';
import { rawZip, type RawEntry } from './rawZip';

/**
 * Reading a backup stays within a budget: only what the manifest lists is unpacked, declared sizes
 * are checked against per-document and total limits before anything is unpacked, an entry that
 * unpacks past its declared size is stopped, and duplicates are refused. Each refusal says what.
 */

interface Listed {
  docId: string;
  file: string;
  /** What the manifest's checksum is taken of (the bytes the entry really unpacks to). */
  unpacked: Uint8Array;
  entry: RawEntry;
}

const stored = (docId: string, file: string, unpacked: Uint8Array): Listed => ({
  docId,
  file,
  unpacked,
  entry: { name: file, data: unpacked },
});

async function archive(listed: Listed[], extra: RawEntry[] = []): Promise<Uint8Array> {
  const manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: '2026-01-02T03:04:05.000Z',
    app: { name: 'Tandem', version: '0.1.0' },
    documents: await Promise.all(
      listed.map(async (d) => ({ docId: d.docId, file: d.file, sha256: await sha256(d.unpacked) })),
    ),
    settings: [],
    identity: null,
  };
  return rawZip([
    { name: 'manifest.json', data: strToU8(JSON.stringify(manifest)) },
    ...listed.map((d) => d.entry),
    ...extra,
  ]);
}

async function refusal(bytes: Uint8Array, limits?: BackupReadLimits): Promise<BackupArchiveError> {
  const error = await readBackupArchive(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupArchiveError);
  return error as BackupArchiveError;
}

const vault = () => stored('vault', 'documents/000000.yjs', stampedDoc('vault', 'index'));
const MB = 1024 * 1024;

/** `size` zero bytes, deflated: a few kilobytes that unpack to megabytes. */
function bomb(size: number, level: 1 | 9 = 9): Uint8Array {
  return deflateSync(new Uint8Array(size), { level });
}

describe('reading a backup within a budget', () => {
  it('unpacks only the entries its manifest lists: an unlisted entry is never touched', async () => {
    // Not valid DEFLATE at all: unpacking it would fail, so the restore only works if it is left alone.
    const unlisted: RawEntry = {
      name: 'extra/never-listed.bin',
      data: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
      method: 8,
      declaredSize: 3 * 1024 * MB,
    };
    const read = await readBackupArchive(await archive([vault()], [unlisted]));
    expect(read.documents.map((d) => d.docId)).toEqual(['vault']);
  });

  it('refuses, before unpacking anything, a backup whose documents would unpack past the total budget', async () => {
    // The case at full scale: twenty 60 MB documents of zeros, a 1.3 MB file, 1.2 GB unpacked.
    const zeros = bomb(60 * MB);
    const listed: Listed[] = Array.from({ length: 20 }, (_, i) => ({
      docId: `item:bomb${i}`,
      file: `documents/${String(i + 1).padStart(6, '0')}.yjs`,
      unpacked: new Uint8Array(0),
      entry: {
        name: `documents/${String(i + 1).padStart(6, '0')}.yjs`,
        data: zeros,
        method: 8,
        declaredSize: 60 * MB,
      },
    }));
    const bytes = await archive([vault(), ...listed]);
    expect(bytes.byteLength).toBeLessThan(2 * MB);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const error = await refusal(bytes);
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(
      /^This backup would take 1\.3 GB once unpacked, more than the 1\.1 GB a restore may use\. Nothing was restored\.$/,
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB);
    expect(performance.now() - started).toBeLessThan(2000);
  }, 20_000);

  it('refuses a document that would unpack past the per-document limit', async () => {
    const entry = {
      name: 'documents/000001.yjs',
      data: bomb(70 * MB),
      method: 8 as const,
      declaredSize: 70 * MB,
    };
    const error = await refusal(
      await archive([vault(), { docId: 'item:big', file: entry.name, unpacked: new Uint8Array(0), entry }]),
    );
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe(
      'This backup is damaged or was altered: documents/000001.yjs would unpack to 73 MB, more than the 67 MB ' +
        'one document may hold. Nothing was restored.',
    );
  }, 20_000);

  it('stops an entry the moment it unpacks past the size it declares', async () => {
    const entry = {
      name: 'documents/000001.yjs',
      data: bomb(50 * MB),
      method: 8 as const,
      declaredSize: 1024,
    };
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(
      await archive([
        vault(),
        { docId: 'item:liar', file: entry.name, unpacked: new Uint8Array(1024), entry },
      ]),
    );
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe(
      'This backup is damaged or was altered: documents/000001.yjs unpacks to more than the 1024 bytes it ' +
        'declares. Nothing was restored.',
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(40 * MB);
  }, 20_000);

  it('stops a large entry too, unpacking it in steps, as soon as it passes its declared size', async () => {
    // Over 64 KiB compressed: unpacked in steps of 4 KiB of input, never whole.
    const entry = {
      name: 'documents/000001.yjs',
      data: bomb(300 * MB),
      method: 8 as const,
      declaredSize: 4096,
    };
    expect(entry.data.byteLength).toBeGreaterThan(64 * 1024);
    const bytes = await archive([
      vault(),
      { docId: 'item:liar', file: entry.name, unpacked: new Uint8Array(1), entry },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const error = await refusal(bytes);
    expect(error.message).toBe(
      'This backup is damaged or was altered: documents/000001.yjs unpacks to more than the 4096 bytes it ' +
        'declares. Nothing was restored.',
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * MB);
    expect(performance.now() - started).toBeLessThan(1000);
  }, 20_000);

  it('reads a large document unpacked in steps byte for byte', async () => {
    const doc = new Y.Doc();
    stampAs(doc, 'item:long');
    let seed = 7;
    const words = Array.from({ length: 60_000 }, () =>
      ((seed = (seed * 48_271) % 2_147_483_647) % 100_000).toString(36),
    );
    doc.getText('t').insert(0, words.join(' '));
    const update = Y.encodeStateAsUpdate(doc);
    const compressed = deflateSync(update, { level: 1 });
    expect(compressed.byteLength).toBeGreaterThan(64 * 1024);
    const entry = {
      name: 'documents/000001.yjs',
      data: compressed,
      method: 8 as const,
      declaredSize: update.length,
    };
    const read = await readBackupArchive(
      await archive([vault(), { docId: 'item:long', file: entry.name, unpacked: update, entry }]),
    );
    expect(read.documents[1]?.update).toEqual(update);
  }, 20_000);

  it('refuses two entries with one name, instead of restoring whichever comes last', async () => {
    const honest = vault();
    const other = { name: honest.file, data: stampedDoc('vault', 'a different index') };
    const error = await refusal(await archive([honest], [other]));
    expect(error.reason).toBe('duplicate');
    expect(error.message).toBe(
      'This backup is damaged or was altered: it holds two entries named documents/000000.yjs, and which one ' +
        'is right is unknown. Nothing was restored.',
    );
  });

  it('refuses a manifest that gives two documents the same entry', async () => {
    const first = vault();
    const second = {
      ...stored('item:a', first.file, first.unpacked),
      entry: { name: 'unused', data: first.unpacked },
    };
    const error = await refusal(await archive([first, second]));
    expect(error.reason).toBe('duplicate');
    expect(error.message).toBe(
      'This backup is damaged or was altered: its table of contents lists documents/000000.yjs twice. ' +
        'Nothing was restored.',
    );
  });

  it('caps the number of documents', async () => {
    const limits = { ...BACKUP_READ_LIMITS, maxDocuments: 3 };
    const listed = [
      vault(),
      ...[1, 2, 3].map((i) =>
        stored(`item:n${i}`, `documents/00000${i}.yjs`, stampedDoc(`item:n${i}`, `${i}`)),
      ),
    ];
    const error = await refusal(await archive(listed), limits);
    expect(error.reason).toBe('too-many');
    expect(error.message).toBe(
      'This backup lists 4 documents; Tandem restores at most 3. Nothing was restored.',
    );
    // The same backup within the cap reads fine.
    const read = await readBackupArchive(await archive(listed), { ...limits, maxDocuments: 4 });
    expect(read.documents).toHaveLength(4);
  });

  it('refuses an archive whose table of files has more entries than a backup can', async () => {
    const limits = { ...BACKUP_READ_LIMITS, maxDocuments: 1 };
    const padding = Array.from({ length: 70 }, (_, i) => ({ name: `pad/${i}`, data: new Uint8Array(1) }));
    const error = await refusal(await archive([vault()], padding), limits);
    expect(error.reason).toBe('too-many');
    expect(error.message).toMatch(/it holds 72 entries, more than the 65 allowed\. Nothing was restored\.$/);
  });
});
