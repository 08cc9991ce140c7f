import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENCRYPTED_BACKUP_MAGIC } from '../../../electron/main/backup/backupEncryption';
import {
  listing,
  makeProfile,
  removeTempDirs,
  sampleDoc,
  saveBackupOf,
  tempDir,
  type TestProfile,
} from './backupTestKit';

/**
 * A backup encrypted whole with a passphrase: nothing of the journal in the file, in any
 * encoding; restoring asks for the passphrase; a wrong passphrase, a file cut short and a file
 * altered are each refused with their own reason, and the journal on disk is not touched.
 */

afterEach(removeTempDirs);

const CANARY = 'canary-quarterly-resignation-draft';
const documents = [
  { docId: 'vault', update: sampleDoc('vault', 'index', 3) },
  { docId: 'item:Entry1', update: sampleDoc('item:Entry1', CANARY) },
];

function leaks(file: Uint8Array): boolean {
  const bytes = Buffer.from(file);
  const forms = [
    Buffer.from(CANARY),
    Buffer.from(CANARY, 'utf16le'),
    Buffer.from(Buffer.from(CANARY).toString('hex')),
    Buffer.from(Buffer.from(CANARY).toString('base64').slice(0, 20)),
    Buffer.from('documents/'),
    Buffer.from('manifest.json'),
  ];
  return forms.some((form) => bytes.includes(form));
}

async function offerForRestore(profile: TestProfile, file: Uint8Array) {
  const path = join(await tempDir(), 'chosen.zip');
  await writeFile(path, file);
  profile.dialogAnswers.open.push(path);
  return profile.service.openBackup();
}

async function journalOnDisk(profile: TestProfile): Promise<string[]> {
  const dir = join(profile.userDataDir, 'documents');
  const names = await listing(dir);
  return Promise.all(names.map(async (n) => `${n}:${(await listing(join(dir, n))).join(',')}`));
}

/** A profile whose disk copy holds a journal already (restored from a plain backup). */
async function journalWithOneDocument(): Promise<TestProfile> {
  const profile = await makeProfile();
  const plain = await saveBackupOf(
    profile,
    [{ docId: 'vault', update: sampleDoc('vault', 'other', 1) }],
    null,
  );
  const opened = await offerForRestore(profile, plain);
  if (opened.status !== 'opened') throw new Error('the plain backup did not open');
  await profile.service.restoreBackup({ backupId: opened.backupId, identityPassphrase: null });
  return profile;
}

describe('backup encrypted with a passphrase', () => {
  it('holds nothing readable: no text, no file names, not even the ZIP layout', async () => {
    const profile = await makeProfile();
    const plain = await saveBackupOf(profile, documents, null);
    expect(leaks(plain)).toBe(true); // the check finds a plain backup's contents
    const sealed = await saveBackupOf(profile, documents, null, 'correct horse battery');
    expect(
      Buffer.from(sealed.subarray(0, ENCRYPTED_BACKUP_MAGIC.byteLength)).equals(ENCRYPTED_BACKUP_MAGIC),
    ).toBe(true);
    expect(leaks(sealed)).toBe(false);
  });

  it('restores with its passphrase, and refuses a wrong one without changing anything', async () => {
    const maker = await makeProfile();
    const sealed = await saveBackupOf(maker, documents, null, 'correct horse battery');
    const profile = await journalWithOneDocument();
    const before = await journalOnDisk(profile);
    expect(before).toHaveLength(1);

    const opened = await offerForRestore(profile, sealed);
    expect(opened).toMatchObject({ status: 'locked', fileName: 'chosen.zip' });
    if (opened.status !== 'locked') return;
    expect(
      await profile.service.unlockBackup({ backupId: opened.backupId, passphrase: 'wrong guess!' }),
    ).toEqual({
      status: 'refused',
      reason: 'wrong-passphrase',
    });
    // The restore itself refuses a backup that is still locked.
    expect(
      await profile.service.restoreBackup({ backupId: opened.backupId, identityPassphrase: null }),
    ).toMatchObject({
      status: 'failed',
    });
    expect(await journalOnDisk(profile)).toEqual(before);

    const unlocked = await profile.service.unlockBackup({
      backupId: opened.backupId,
      passphrase: 'correct horse battery',
    });
    expect(unlocked).toMatchObject({ status: 'opened', fileName: 'chosen.zip' });
    if (unlocked.status !== 'opened') return;
    expect(unlocked.documents.map((d) => d.docId).sort()).toEqual(['item:Entry1', 'vault']);
    expect(Buffer.from(unlocked.documents.find((d) => d.docId === 'item:Entry1')!.update)).toEqual(
      Buffer.from(documents[1]!.update),
    );
    const restored = await profile.service.restoreBackup({
      backupId: unlocked.backupId,
      identityPassphrase: null,
    });
    expect(restored).toMatchObject({ status: 'restored', documents: 2 });
  });

  it('tells a file cut short from a file altered, and restores neither', async () => {
    const maker = await makeProfile();
    const sealed = await saveBackupOf(maker, documents, null, 'correct horse battery');
    const profile = await journalWithOneDocument();
    const before = await journalOnDisk(profile);
    expect(before).toHaveLength(1);

    const tryFile = async (file: Uint8Array) => {
      const opened = await offerForRestore(profile, file);
      if (opened.status !== 'locked') return opened;
      return profile.service.unlockBackup({ backupId: opened.backupId, passphrase: 'correct horse battery' });
    };
    const cut = sealed.subarray(0, sealed.byteLength - 100);
    expect(await tryFile(cut)).toEqual({ status: 'refused', reason: 'truncated' });
    const altered = Uint8Array.from(sealed);
    altered[altered.byteLength - 40]! ^= 0x01;
    expect(await tryFile(altered)).toEqual({ status: 'refused', reason: 'damaged' });
    const extended = Buffer.concat([sealed, Buffer.from('appended')]);
    expect(await tryFile(extended)).toEqual({ status: 'refused', reason: 'damaged' });
    expect(await journalOnDisk(profile)).toEqual(before);
  });

  it('refuses a backup passphrase that is too short, and writes no file', async () => {
    const profile = await makeProfile();
    await expect(saveBackupOf(profile, documents, null, 'short')).rejects.toThrow(/at least 8/);
    const written = await readFile(join(profile.userDataDir, 'backup.zip')).catch(() => null);
    expect(written).toBeNull();
  });
});
