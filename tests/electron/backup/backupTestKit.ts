import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { BackupExportService, type BackupServiceOptions } from '../../../electron/main/backup/BackupService';
import type { FileDialogs } from '../../../electron/main/backup/fileDialogs';
import type { IdentitySecretStore } from '../../../electron/main/backup/identitySecret';
import { MirrorSlot } from '../../../electron/main/mirror/mirrorSlot';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import type { BackupDocument } from '../../../shared/export/backupArchive';
import { stampAs } from '../../shared/export/stampedDocs';

/** A profile folder with a real disk mirror, and a backup service over it with scripted dialogs. */
export interface TestProfile {
  userDataDir: string;
  mirror: MirrorSlot<DocumentMirror>;
  service: BackupExportService;
  /** The paths the next dialogs answer with (null = the person cancelled). */
  dialogAnswers: { save: (string | null)[]; open: (string | null)[] };
  identity: FakeIdentity;
}

export class FakeIdentity implements IdentitySecretStore {
  secret: Uint8Array | null = null;
  exists(): Promise<boolean> {
    return Promise.resolve(this.secret !== null);
  }
  problemWith(): Promise<string | null> {
    return Promise.resolve(null);
  }
  read(): Promise<Uint8Array | null> {
    return Promise.resolve(this.secret);
  }
  write(secret: Uint8Array): Promise<void> {
    this.secret = secret;
    return Promise.resolve();
  }
}

const temporary: string[] = [];

export async function tempDir(prefix = 'tandem-backup-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  for (const dir of temporary.splice(0)) await rm(dir, { recursive: true, force: true });
}

export async function makeProfile(overrides: Partial<BackupServiceOptions> = {}): Promise<TestProfile> {
  const userDataDir = await tempDir('tandem-profile-');
  const mirror = new MirrorSlot(() => new DocumentMirror({ documentsDir: join(userDataDir, 'documents') }));
  const dialogAnswers: TestProfile['dialogAnswers'] = { save: [], open: [] };
  const dialogs: FileDialogs = {
    chooseSavePath: () => Promise.resolve(dialogAnswers.save.shift() ?? null),
    chooseOpenPath: () => Promise.resolve(dialogAnswers.open.shift() ?? null),
  };
  const identity = new FakeIdentity();
  const service = new BackupExportService({
    dialogs,
    userDataDir,
    mirror,
    appInfo: { name: 'Tandem', version: '0.1.0' },
    identity,
    scryptParams: { N: 1024, r: 8, p: 1 },
    now: () => new Date('2026-03-04T05:06:07.000Z'),
    ...overrides,
  });
  return { userDataDir, mirror, service, dialogAnswers, identity };
}

/**
 * A document of the kind its id names (a stamped journal index, a reflection, a space…) with some
 * text written by `clients` different clients, so its state vector has several entries.
 */
export function sampleDoc(docId: string, text: string, clients = 2): Uint8Array {
  const doc = new Y.Doc();
  stampAs(doc, docId);
  for (let i = 0; i < clients; i++) {
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(doc));
    writer.getText('notes').insert(writer.getText('notes').length, `${text} ${i}. `);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer));
  }
  return Y.encodeStateAsUpdate(doc);
}

export async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/**
 * Makes a full backup through the service as the Settings page does (the save dialog answered
 * with a temporary path) and returns the archive's bytes.
 */
export async function saveBackupOf(
  profile: TestProfile,
  documents: BackupDocument[],
  identityPassphrase: string | null,
  backupPassphrase: string | null = null,
): Promise<Uint8Array> {
  const path = join(await tempDir(), 'backup.zip');
  profile.dialogAnswers.save.push(path);
  const target = await profile.service.chooseTarget({ purpose: 'backup' });
  if (target.status !== 'chosen') throw new Error('no target');
  const written = await profile.service.writeBackup({
    targetId: target.targetId,
    documents,
    unreadable: [],
    identityPassphrase,
    backupPassphrase,
  });
  if (written.status !== 'written') throw new Error(`The backup was not written: ${JSON.stringify(written)}`);
  return readFile(path);
}
