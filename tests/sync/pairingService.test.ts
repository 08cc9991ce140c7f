import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcArgs, IpcChannel, IpcResult } from '../../shared/ipc/contract';
import { createMainHandlers } from '../../electron/main/ipc/handlers';
import { invokeHandler } from '../../electron/main/ipc/invokeHandler';
import { IdentityStore, type SecretProtector } from '../../electron/main/sharingLogic/identity';
import { InvitationStore } from '../../electron/main/sharingLogic/invitationStore';
import type { PairingDht } from '../../electron/main/sharingLogic/pairingTransport';
import { LocalSharingService } from '../../electron/main/sharingLogic/sharingService';
import { SpaceStore } from '../../electron/main/sharingLogic/spaceStore';

/**
 * Two complete installations (identity, invitations, consent store, pairing) talking through
 * the real IPC path (contract parsing, handlers) over a HyperDHT testnet on 127.0.0.1.
 */

interface TestDht extends PairingDht {
  destroy(): Promise<void>;
}
interface Testnet {
  createNode(): TestDht;
  destroy(): Promise<void>;
}
const require = createRequire(import.meta.url);
const createTestnet = require('hyperdht/testnet') as (size: number) => Promise<Testnet>;

const keystore: SecretProtector = {
  isAvailable: () => Promise.resolve(true),
  encrypt: (plain) => Promise.resolve(Buffer.from(plain.map((b) => b ^ 0x33))),
  decrypt: (sealed) => Promise.resolve({ plain: Buffer.from(sealed.map((b) => b ^ 0x33)), reseal: false }),
};

let testnet: Testnet;
let dir: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  testnet = await createTestnet(3);
  dir = await mkdtemp(join(tmpdir(), 'tandem-sharing-'));
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await testnet.destroy();
  await rm(dir, { recursive: true, force: true });
});

async function installation(name: string, protector: SecretProtector = keystore) {
  const folder = join(dir, name);
  const dht = testnet.createNode();
  const spaces = await SpaceStore.open({ path: join(folder, 'spaces.json') });
  const service = new LocalSharingService({
    identity: new IdentityStore({ path: join(folder, 'identity.json'), protector }),
    invitations: new InvitationStore(join(folder, 'invitations.json')),
    spaces,
    dht: () => Promise.resolve(dht),
    pairingTimeoutMs: 10_000,
  });
  cleanups.push(async () => {
    await service.close();
    await dht.destroy();
  });
  const handlers = createMainHandlers({
    appInfo: { name: 'Tandem', version: '0', platform: 'linux' },
    mirror: {
      append: () => Promise.reject(new Error('unused')),
      load: () => Promise.reject(new Error('unused')),
      purge: () => Promise.reject(new Error('unused')),
      compactCollected: () => Promise.reject(new Error('unused')),
    },
    openExternal: () => Promise.resolve(),
    sharing: service,
  });
  const call = <C extends IpcChannel>(channel: C, args: IpcArgs<C>) =>
    invokeHandler(handlers, channel, args, { url: 'app://tandem/index.html', isMainFrame: true }, [
      'app://tandem',
    ]) as Promise<IpcResult<C>>;
  return { call, spaces };
}

describe('sharing service over IPC and a HyperDHT testnet', () => {
  it('invites, previews, accepts with confirmation, and both list the space; the same code twice is reused', async () => {
    const amelie = await installation('amelie');
    const sam = await installation('sam');
    const amelieId = await amelie.call('tandem:sharing:identity', {});
    const samId = await sam.call('tandem:sharing:identity', {});
    expect(amelieId).toMatchObject({ state: 'ready', protection: 'keystore' });
    expect(JSON.stringify(amelieId)).not.toMatch(/[0-9a-f]{64}/); // no key material, not even the public key

    const invitation = await amelie.call('tandem:sharing:createInvitation', {
      myRole: 'employee',
      myName: 'Amélie Durand',
      theirName: 'Sam Okafor',
    });
    expect(invitation.code).toMatch(/^TANDEM-/);

    // My own code, pasted on my side, is refused before anything else.
    expect(await amelie.call('tandem:sharing:previewInvitation', { code: invitation.code })).toMatchObject({
      ok: false,
      problem: { kind: 'self-issued' },
    });

    const preview = await sam.call('tandem:sharing:previewInvitation', { code: invitation.code });
    expect(preview).toEqual({
      ok: true,
      preview: {
        inviterName: 'Amélie Durand',
        inviterRole: 'employee',
        myRole: 'manager',
        inviterFingerprint: amelieId.state === 'ready' ? amelieId.fingerprint : '',
        expiresAt: invitation.expiresAt,
      },
    });

    // Accepting needs the explicit confirmation.
    await expect(
      sam.call('tandem:sharing:acceptInvitation', {
        code: invitation.code,
        myName: 'Sam Okafor',
        confirmed: false as true,
      }),
    ).rejects.toThrow(/confirmed/);

    const accepted = await sam.call('tandem:sharing:acceptInvitation', {
      code: invitation.code,
      myName: 'Sam Okafor',
      confirmed: true,
    });
    expect(accepted).toEqual({ ok: true, spaceId: invitation.spaceId, peerName: 'Amélie Durand' });

    const samSpaces = await sam.call('tandem:sharing:listSpaces', {});
    const amelieSpaces = await amelie.call('tandem:sharing:listSpaces', {});
    expect(samSpaces.spaces).toEqual([
      expect.objectContaining({
        spaceId: invitation.spaceId,
        peerName: 'Amélie Durand',
        peerFingerprint: amelieId.state === 'ready' ? amelieId.fingerprint : '',
        myRole: 'manager',
        sharing: 'on',
        peerSharing: 'unknown',
        connected: false,
      }),
    ]);
    expect(amelieSpaces.spaces).toEqual([
      expect.objectContaining({
        spaceId: invitation.spaceId,
        peerName: 'Sam Okafor',
        peerFingerprint: samId.state === 'ready' ? samId.fingerprint : '',
        myRole: 'employee',
      }),
    ]);
    // Both sides pinned each other's real key in their consent store.
    expect(sam.spaces.list()[0]?.topic).toBe(amelie.spaces.list()[0]?.topic);

    const again = await sam.call('tandem:sharing:acceptInvitation', {
      code: invitation.code,
      myName: 'Sam Okafor',
      confirmed: true,
    });
    expect(again).toMatchObject({ ok: false, problem: { kind: 'reused' } });

    // Consent changes go through to the store and come back as the new list.
    const paused = await amelie.call('tandem:sharing:setSharing', { spaceId: invitation.spaceId, on: false });
    expect(paused.spaces[0]?.sharing).toBe('paused');
    const left = await amelie.call('tandem:sharing:leave', { spaceId: invitation.spaceId, confirmed: true });
    expect(left.spaces).toEqual([]);
  });

  it('without a keystore asks first, creates nothing until agreed, then invites', async () => {
    const noKeystore: SecretProtector = { ...keystore, isAvailable: () => Promise.resolve(false) };
    const jo = await installation('jo', noKeystore);
    expect(await jo.call('tandem:sharing:identity', {})).toMatchObject({ state: 'needs-consent' });
    await expect(
      jo.call('tandem:sharing:createInvitation', { myRole: 'manager', myName: 'Jo', theirName: 'Kim' }),
    ).rejects.toThrow(/stored unprotected/);
    expect(await jo.call('tandem:sharing:allowUnprotectedKey', {})).toMatchObject({
      state: 'ready',
      protection: 'unprotected',
    });
    const invitation = await jo.call('tandem:sharing:createInvitation', {
      myRole: 'manager',
      myName: 'Jo',
      theirName: 'Kim',
    });
    expect(invitation.code).toMatch(/^TANDEM-/);
  });
});
