import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { LAYOUT_FILE } from '../../../shared/export/backupLayout';
import { afterEach, describe, expect, it } from 'vitest';
import { identityBackupStore } from '../../../electron/main/backup/identityBackup';
import { sealIdentityBackup } from '../../../electron/main/backup/identityCrypto';
import { IdentityStore } from '../../../electron/main/sharingLogic/identity';
import { SpaceStore } from '../../../electron/main/sharingLogic/spaceStore';
import {
  buildBackupArchive,
  MANIFEST_FILE,
  readBackupArchive,
  SPACES_FILE,
} from '../../../shared/export/backupArchive';
import { fakeKeystore } from '../sharingLogic/fakeKeystore';
import {
  makeProfile,
  removeTempDirs,
  sampleDoc,
  saveBackupOf,
  tempDir,
  type TestProfile,
} from './backupTestKit';

/**
 * The sharing relationships travel with the identity: a backup made with the identity keys also
 * carries the consent records (spaces.json), sealed with the same passphrase, and a restore with
 * the passphrase puts them back through the SpaceStore — the same peers' keys, topics and item
 * consent — so a new computer shares again without pairing. Without the keys a backup says
 * nothing about whom the person shares with. Real IdentityStore and SpaceStore on disk.
 */

const PASSPHRASE = 'correct horse battery';
const PEER_NAME = 'Marguerite Okonkwo';
const SPACE_ID = 'space-Qm7Zr2Lx9';
const PEER_KEY = 'c4'.repeat(32);
const TOPIC = '7e'.repeat(32);
const MY_PLAN = 'item:myPlan1';
const THEIR_NOTES = 'item:theirNotes';

const documents = [
  { docId: 'vault', update: sampleDoc('vault', 'index', 3) },
  { docId: 'item:Plan1', update: sampleDoc('item:Plan1', 'a plan') },
];

const folders: string[] = [];
afterEach(async () => {
  await removeTempDirs();
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

interface Installation {
  profile: TestProfile;
  identity: IdentityStore;
  spaces: SpaceStore;
  spacesPath: string;
  /** Space ids the store told its listeners about (what the sync engine hears). */
  heard: string[];
}

async function installation(): Promise<Installation> {
  const sharingDir = await mkdtemp(join(tmpdir(), 'tandem-sharing-'));
  folders.push(sharingDir);
  const identity = new IdentityStore({ path: join(sharingDir, 'identity.json'), protector: fakeKeystore() });
  await identity.status();
  const spacesPath = join(sharingDir, 'spaces.json');
  const spaces = await SpaceStore.open({ path: spacesPath });
  const heard: string[] = [];
  spaces.subscribe((spaceId) => heard.push(spaceId));
  const profile = await makeProfile({ identity: identityBackupStore(identity), spaces });
  return { profile, identity, spaces, spacesPath, heard };
}

/** A space with Marguerite: my plan offered and accepted, her notes offered and declined. */
async function shareWithMarguerite(spaces: SpaceStore): Promise<void> {
  await spaces.addPairedSpace({
    spaceId: SPACE_ID,
    topic: TOPIC,
    myRole: 'employee',
    peerName: PEER_NAME,
    peerPublicKey: PEER_KEY,
  });
  await spaces.proposeItem(SPACE_ID, MY_PLAN, { kind: 'plan', title: 'Grow into tech lead' });
  await spaces.applyPeerAnnouncement({
    spaceId: SPACE_ID,
    sharing: 'on',
    offers: [{ docId: THEIR_NOTES, kind: 'note', title: 'Feedback from the offsite' }],
    accepts: [MY_PLAN],
    declines: [],
  });
  await spaces.respondToProposal(SPACE_ID, THEIR_NOTES, false);
}

const saveBackup = (profile: TestProfile, identityPassphrase: string | null): Promise<Uint8Array> =>
  saveBackupOf(profile, documents, identityPassphrase);

async function restore(profile: TestProfile, archive: Uint8Array, identityPassphrase: string | null) {
  const path = join(await tempDir(), 'restore.zip');
  await writeFile(path, archive);
  profile.dialogAnswers.open.push(path);
  const opened = await profile.service.openBackup();
  if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
  return profile.service.restoreBackup({ backupId: opened.backupId, identityPassphrase });
}

/** Whether any of `needles` occurs in the archive as stored or in any entry unpacked. */
function mentionsAnyOf(archive: Uint8Array, needles: string[]): string[] {
  const haystacks = [archive, ...Object.values(unzipSync(archive))].map((bytes) => Buffer.from(bytes));
  return needles.filter((needle) => haystacks.some((hay) => hay.includes(Buffer.from(needle, 'utf8'))));
}

const revealing = [PEER_NAME, 'Marguerite', SPACE_ID, PEER_KEY, TOPIC, MY_PLAN, 'Grow into tech lead'];

describe('sharing relationships in a full backup', () => {
  it('with the identity keys, holds the spaces only as ciphertext', async () => {
    const source = await installation();
    await shareWithMarguerite(source.spaces);
    const archive = await saveBackup(source.profile, PASSPHRASE);
    expect(Object.keys(unzipSync(archive))).toContain(SPACES_FILE);
    expect(mentionsAnyOf(archive, revealing)).toEqual([]);
    // The search does find a name where there is one.
    expect(mentionsAnyOf(Buffer.concat([archive, Buffer.from(PEER_NAME)]), revealing)).toEqual([
      PEER_NAME,
      'Marguerite',
    ]);
    expect((await readBackupArchive(archive)).spaces).toMatchObject({ cipher: 'aes-256-gcm' });
  });

  it('without the identity keys, carries no sharing data at all', async () => {
    const source = await installation();
    await shareWithMarguerite(source.spaces);
    const archive = await saveBackup(source.profile, null);
    const entries = unzipSync(archive);
    expect(Object.keys(entries).sort()).toEqual(
      [MANIFEST_FILE, LAYOUT_FILE, 'documents/000000.yjs', 'documents/000001.yjs'].sort(),
    );
    const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_FILE])) as Record<string, unknown>;
    expect(manifest).toMatchObject({ identity: null, spaces: null });
    expect(mentionsAnyOf(archive, revealing)).toEqual([]);
  });

  it('restored into a fresh profile with the passphrase, brings back the same spaces and consent', async () => {
    const source = await installation();
    await shareWithMarguerite(source.spaces);
    const sourceIdentity = await source.identity.status();
    const archive = await saveBackup(source.profile, PASSPHRASE);

    const target = await installation();
    expect(target.spaces.list()).toEqual([]);
    expect(await restore(target.profile, archive, PASSPHRASE)).toMatchObject({
      status: 'restored',
      identityRestored: true,
      spacesRestored: 1,
      warnings: [],
    });
    expect(await target.identity.status()).toEqual(sourceIdentity);
    const restored = target.spaces.get(SPACE_ID);
    expect(restored).toEqual(source.spaces.get(SPACE_ID));
    expect(restored).toMatchObject({
      peerName: PEER_NAME,
      peerPublicKey: PEER_KEY,
      topic: TOPIC,
      myRole: 'employee',
      sharing: 'on',
      items: {
        [MY_PLAN]: { offeredBy: 'me', state: 'accepted' },
        [THEIR_NOTES]: { offeredBy: 'peer', state: 'declined' },
      },
    });
    expect(target.spaces.mayExchange(SPACE_ID, MY_PLAN)).toBe(true);
    expect(target.spaces.mayExchange(SPACE_ID, THEIR_NOTES)).toBe(false);
    // The engine hears of the space; and it is on disk, so a restart keeps it.
    expect(target.heard).toEqual([SPACE_ID]);
    const reopened = await SpaceStore.open({ path: target.spacesPath });
    expect(reopened.list()).toEqual(source.spaces.list());
  });

  it('says so when the relationships cannot be saved, while the documents and keys are restored', async () => {
    const source = await installation();
    await shareWithMarguerite(source.spaces);
    const archive = await saveBackup(source.profile, PASSPHRASE);
    const target = await installation();
    // A folder where spaces.json should go: the save fails whoever runs the test (root too).
    await mkdir(join(target.spacesPath, 'in-the-way'), { recursive: true });
    const result = await restore(target.profile, archive, PASSPHRASE);
    expect(result).toMatchObject({ status: 'restored', identityRestored: true, spacesRestored: 0 });
    expect(result.status === 'restored' && result.warnings).toEqual([
      expect.stringMatching(
        /^The people you share with could not be restored \(.+\); pair with them again\.$/,
      ),
    ]);
  });

  it('replaces the spaces this installation had, as it replaces the documents', async () => {
    const source = await installation();
    await shareWithMarguerite(source.spaces);
    const archive = await saveBackup(source.profile, PASSPHRASE);
    const target = await installation();
    await target.spaces.addPairedSpace({
      spaceId: 'space-OtherOne',
      topic: '99'.repeat(32),
      myRole: 'manager',
      peerName: 'Someone else',
      peerPublicKey: 'dd'.repeat(32),
    });
    target.heard.length = 0;
    await restore(target.profile, archive, PASSPHRASE);
    expect(target.spaces.list().map((space) => space.spaceId)).toEqual([SPACE_ID]);
    expect(target.heard.sort()).toEqual(['space-OtherOne', SPACE_ID].sort());
  });

  it('leaves the spaces alone when the person restores without the identity keys', async () => {
    const source = await installation();
    await shareWithMarguerite(source.spaces);
    const archive = await saveBackup(source.profile, PASSPHRASE);
    const target = await installation();
    expect(await restore(target.profile, archive, null)).toMatchObject({ identityRestored: false });
    expect(target.spaces.list()).toEqual([]);
    expect(target.heard).toEqual([]);
  });

  it('refuses a backup whose space record is invalid, naming it, and changes nothing', async () => {
    const source = await installation();
    const secret = await identityBackupStore(source.identity).read();
    if (!secret) throw new Error('no identity');
    const bad = { ...validRecord(), peerPublicKey: 'not a key' };
    const sealed = await sealIdentityBackup(
      { secret, spaces: new TextEncoder().encode(JSON.stringify({ version: 1, spaces: [bad] })) },
      PASSPHRASE,
      { N: 1024, r: 8, p: 1 },
    );
    const archive = await handMadeArchive(sealed.identity, sealed.spaces);
    const target = await installation();
    await target.profile.mirror.append('vault', sampleDoc('vault', 'what this profile had'));
    const vaultBefore = (await target.profile.mirror.load('vault')).update;
    const identityBefore = await target.identity.status();

    expect(await restore(target.profile, archive, PASSPHRASE)).toEqual({
      status: 'failed',
      message:
        `The sharing relationships in this backup are damaged (the space with ${PEER_NAME}, ` +
        'peerPublicKey: must be 32 bytes of lowercase hex). Nothing was restored.',
    });
    expect((await target.profile.mirror.load('vault')).update).toEqual(vaultBefore);
    expect(await target.identity.status()).toEqual(identityBefore);
    expect(target.spaces.list()).toEqual([]);
  });

  it('refuses relationships sealed with another passphrase than the identity beside them', async () => {
    const source = await installation();
    const secret = await identityBackupStore(source.identity).read();
    if (!secret) throw new Error('no identity');
    const spaces = new TextEncoder().encode(JSON.stringify({ version: 1, spaces: [validRecord()] }));
    const cheap = { N: 1024, r: 8, p: 1 };
    const mine = await sealIdentityBackup({ secret, spaces }, PASSPHRASE, cheap);
    const foreign = await sealIdentityBackup({ secret, spaces }, 'another passphrase', cheap);
    const target = await installation();
    const identityBefore = await target.identity.status();
    const result = await restore(
      target.profile,
      await handMadeArchive(mine.identity, foreign.spaces),
      PASSPHRASE,
    );
    expect(result).toEqual({
      status: 'failed',
      message:
        'The sharing relationships in this backup are damaged: the passphrase opens the identity keys but not them. Nothing was restored.',
    });
    expect(await target.identity.status()).toEqual(identityBefore);
    expect(target.spaces.list()).toEqual([]);
  });
});

function validRecord() {
  return {
    spaceId: SPACE_ID,
    topic: TOPIC,
    myRole: 'employee',
    peerName: PEER_NAME,
    peerPublicKey: PEER_KEY,
    sharing: 'on',
    peerSharing: 'on',
    left: false,
    items: {},
  };
}

/** Tandem never writes these; a foreign or tampered file may. */
function handMadeArchive(
  identity: Awaited<ReturnType<typeof sealIdentityBackup>>['identity'],
  spaces: Awaited<ReturnType<typeof sealIdentityBackup>>['spaces'],
): Promise<Uint8Array> {
  return buildBackupArchive({
    createdAt: '2026-01-01T00:00:00.000Z',
    app: { name: 'Tandem', version: '0.1.0' },
    documents,
    settings: [],
    identity,
    spaces,
  });
}
