import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInviteCode, type Invitation } from '../../shared/sharing/inviteCode';
import { generateKeyPair, type KeyPair } from '../../electron/main/sharingLogic/ed25519Keys';
import { InvitationStore } from '../../electron/main/sharingLogic/invitationStore';
import { acceptInvitation } from '../../electron/main/sharingLogic/pairingGuest';
import { type PairedSpace, PairingHost } from '../../electron/main/sharingLogic/pairingHost';
import { writeFrame } from '../../electron/main/sharingLogic/pairingProtocol';
import type { PairingDht } from '../../electron/main/sharingLogic/pairingTransport';

/** Pairing over a real HyperDHT testnet on 127.0.0.1: real keys, real Noise handshakes. */

interface TestDht extends PairingDht {
  destroy(): Promise<void>;
}
interface Testnet {
  createNode(): TestDht;
  destroy(): Promise<void>;
}
const require = createRequire(import.meta.url);
const createTestnet = require('hyperdht/testnet') as (size: number) => Promise<Testnet>;

let testnet: Testnet;
let dir: string;
const nodes: TestDht[] = [];
const hosts: PairingHost[] = [];

beforeAll(async () => {
  testnet = await createTestnet(3);
  dir = await mkdtemp(join(tmpdir(), 'tandem-pairing-'));
});
afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  await Promise.all(nodes.map((node) => node.destroy()));
  await testnet.destroy();
  await rm(dir, { recursive: true, force: true });
});

function node(): TestDht {
  const created = testnet.createNode();
  nodes.push(created);
  return created;
}

let clock = Date.UTC(2025, 4, 12, 9, 0);
function inviter(name: string) {
  const identity = generateKeyPair();
  const paired: PairedSpace[] = [];
  const host = new PairingHost({
    dht: node(),
    identity: () => Promise.resolve(identity),
    invitations: new InvitationStore(join(dir, `${name}-${Math.random()}.json`)),
    onPaired: (space) => {
      paired.push(space);
      return Promise.resolve();
    },
    now: () => clock,
  });
  hosts.push(host);
  return { identity, host, paired };
}

function decoded(code: string): Invitation {
  const result = decodeInviteCode(code);
  if (!result.ok) throw new Error(result.problem.message);
  return result.invitation;
}

function accept(identity: KeyPair, invitation: Invitation, myName = 'Sam Okafor') {
  return acceptInvitation({ dht: node(), identity, invitation, myName, timeoutMs: 15_000 });
}

describe('pairing over a HyperDHT testnet', () => {
  it('pins each side to the other’s identity key, with the same topic, and refuses a second use', async () => {
    const amelie = inviter('amelie');
    const { code } = await amelie.host.createInvitation({
      myRole: 'employee',
      myName: 'Amélie Durand',
      theirName: 'Sam Okafor',
    });
    const sam = generateKeyPair();
    const outcome = await accept(sam, decoded(code));

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(amelie.paired).toEqual([
      {
        spaceId: outcome.space.spaceId,
        topic: outcome.space.topic,
        myRole: 'employee',
        peerName: 'Sam Okafor',
        peerPublicKey: sam.publicKey.toString('hex'),
      },
    ]);
    expect(outcome.space).toMatchObject({
      myRole: 'manager',
      peerName: 'Amélie Durand',
      peerPublicKey: amelie.identity.publicKey.toString('hex'),
    });
    expect(outcome.space.topic).toMatch(/^[0-9a-f]{64}$/);

    // Someone else with the same code: refused as used, and nothing more is pinned.
    const second = await accept(generateKeyPair(), decoded(code), 'Mallory');
    expect(second).toMatchObject({ ok: false, spent: true, problem: { kind: 'reused' } });
    if (!second.ok) expect(second.problem.message).toMatch(/already been used.*Ask Amélie Durand/);
    expect(amelie.paired).toHaveLength(1);
  });

  it('refuses a wrong secret, a changed space and an expired invitation, each with its own message', async () => {
    const amelie = inviter('amelie2');
    const { code } = await amelie.host.createInvitation({
      myRole: 'manager',
      myName: 'Amélie Durand',
      theirName: 'Jo',
      ttlMs: 60_000,
    });
    const invitation = decoded(code);

    const wrongSecret = await accept(generateKeyPair(), { ...invitation, secret: '00'.repeat(16) });
    expect(wrongSecret).toMatchObject({ ok: false, spent: false, problem: { kind: 'tampered' } });
    if (!wrongSecret.ok) expect(wrongSecret.problem.message).toMatch(/did not recognise this code/);

    const otherSpace = await accept(generateKeyPair(), { ...invitation, spaceId: 'someOtherSpace01' });
    expect(otherSpace).toMatchObject({ ok: false, problem: { kind: 'refused' } });
    if (!otherSpace.ok) expect(otherSpace.problem.message).toMatch(/no longer has this invitation/);

    // The acceptor's clock may be wrong; the inviter's decides.
    clock += 61_000;
    const late = await accept(generateKeyPair(), invitation);
    expect(late).toMatchObject({ ok: false, spent: true, problem: { kind: 'expired' } });
    expect(amelie.paired).toEqual([]);
  });

  it('survives garbage on the invitation connection and still pairs the real acceptor', async () => {
    const amelie = inviter('amelie3');
    const { code } = await amelie.host.createInvitation({
      myRole: 'employee',
      myName: 'Amélie',
      theirName: 'Sam',
    });
    const invitation = decoded(code);

    const socket = node().connect(Buffer.from(invitation.invitationPublicKey, 'hex'), {
      keyPair: generateKeyPair(),
    });
    const answer = new Promise<string>((resolve) => {
      socket.on('data', (data) => resolve(data.subarray(4).toString()));
      socket.on('error', () => resolve('error'));
    });
    await new Promise<void>((resolve) => socket.on('open', resolve));
    writeFrame(socket, { type: 'pair-refused', reason: 'busy' }); // not a request
    expect(JSON.parse(await answer)).toEqual({ type: 'pair-refused', reason: 'proof' });
    socket.end();

    const outcome = await accept(generateKeyPair(), invitation);
    expect(outcome.ok).toBe(true);
  });

  it('reports an inviter that is not online as unreachable, and refuses my own invitation before connecting', async () => {
    const amelie = inviter('amelie4');
    const { code } = await amelie.host.createInvitation({
      myRole: 'employee',
      myName: 'Amélie',
      theirName: 'Sam',
    });
    const invitation = decoded(code);
    expect(await accept(amelie.identity, invitation)).toMatchObject({
      ok: false,
      problem: { kind: 'self-issued' },
    });

    await amelie.host.cancel(invitation.invitationPublicKey);
    const offline = await acceptInvitation({
      dht: node(),
      identity: generateKeyPair(),
      invitation,
      myName: 'Sam',
      timeoutMs: 5_000,
    });
    expect(offline).toMatchObject({ ok: false, spent: false, problem: { kind: 'unreachable' } });
  });
});
