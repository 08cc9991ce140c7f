import { randomBytes } from 'node:crypto';
import {
  DEFAULT_INVITATION_TTL_MS,
  counterpartRole,
  encodeInviteCode,
  type SpaceRole,
} from '../../../shared/sharing/inviteCode';
import { newItemId } from '../../../shared/schema/ids';
import type { KeyPair } from './ed25519Keys';
import type { InvitationStore, IssuedInvitation } from './invitationStore';
import {
  deriveInvitationKeys,
  pairingProof,
  pairingRequestSchema,
  proofMatches,
  readFrame,
  type RefusalReason,
  spaceTopic,
  writeFrame,
} from './pairingProtocol';
import type { PairingDht, PairingServer, PairingSocket } from './pairingTransport';

/**
 * The inviter's side of pairing. Each invitation gets its own one-time DHT server, on a key pair
 * used for nothing else, so the sharing swarm's firewall can stay strict (pinned identity keys
 * only). An invitation pairs once. Its server keeps answering until expiry, but after the first
 * pairing only with "already used": closing at once would turn that clear message into a vague
 * "could not reach" for whoever tries the code next.
 */

/** What both sides pin (SpaceStore.addPairedSpace takes exactly this). */
export interface PairedSpace {
  spaceId: string;
  /** Hyperswarm topic for the space, hex. */
  topic: string;
  myRole: SpaceRole;
  peerName: string;
  /** The other person's identity key, hex: the only key the space will accept. */
  peerPublicKey: string;
}

export interface CreatedInvitation {
  code: string;
  spaceId: string;
  expiresAt: number;
}

export interface PairingHostOptions {
  dht: PairingDht;
  identity: () => Promise<KeyPair>;
  invitations: InvitationStore;
  /** Pins the acceptor (SpaceStore.addPairedSpace); the acceptor hears "accepted" only after it. */
  onPaired: (space: PairedSpace) => Promise<void>;
  now?: () => number;
  log?: (message: string) => void;
}

export class PairingHost {
  private readonly servers = new Map<string, { server: PairingServer; expiry: NodeJS.Timeout }>();
  /** Invitations mid-pairing: a second connection for the same one is told "busy". */
  private readonly inProgress = new Set<string>();
  private closed = false;

  constructor(private readonly options: PairingHostOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async createInvitation(input: {
    myRole: SpaceRole;
    myName: string;
    theirName: string;
    ttlMs?: number;
  }): Promise<CreatedInvitation> {
    const identity = await this.options.identity();
    const seed = randomBytes(32).toString('hex');
    const { keyPair, secret } = deriveInvitationKeys(identity, seed);
    const createdAt = this.now();
    // Codes carry whole seconds; round down so the code and the record agree.
    const expiresAt = Math.floor((createdAt + (input.ttlMs ?? DEFAULT_INVITATION_TTL_MS)) / 1000) * 1000;
    const record: IssuedInvitation = {
      invitationPublicKey: keyPair.publicKey.toString('hex'),
      seed,
      spaceId: newItemId(),
      myRole: input.myRole,
      myName: input.myName,
      theirName: input.theirName,
      createdAt,
      expiresAt,
      status: 'pending',
    };
    const code = encodeInviteCode({
      version: 1,
      spaceId: record.spaceId,
      inviterPublicKey: identity.publicKey.toString('hex'),
      invitationPublicKey: record.invitationPublicKey,
      secret,
      expiresAt,
      inviterRole: input.myRole,
      inviterName: input.myName,
    });
    await this.options.invitations.addIssued(record);
    await this.listen(record, identity);
    return { code, spaceId: record.spaceId, expiresAt };
  }

  /** After a restart: answer every invitation that has not expired or been cancelled. */
  async resume(): Promise<void> {
    const identity = await this.options.identity();
    for (const record of await this.options.invitations.issued()) {
      if (record.status !== 'cancelled' && record.expiresAt > this.now()) await this.listen(record, identity);
    }
  }

  async cancel(invitationPublicKey: string): Promise<void> {
    await this.options.invitations.updateIssued(invitationPublicKey, { status: 'cancelled' });
    await this.stop(invitationPublicKey);
  }

  /** Invitations currently being answered (hex keys); for status and tests. */
  listening(): string[] {
    return [...this.servers.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.servers.keys()].map((key) => this.stop(key)));
  }

  private async listen(record: IssuedInvitation, identity: KeyPair): Promise<void> {
    if (this.closed || this.servers.has(record.invitationPublicKey)) return;
    const { keyPair, secret } = deriveInvitationKeys(identity, record.seed);
    const ownKey = identity.publicKey;
    const server = this.options.dht.createServer(
      // Returning true refuses: nobody pairs with themselves.
      { firewall: (remotePublicKey) => remotePublicKey.equals(ownKey) },
      (socket) => {
        this.answer(socket, record.invitationPublicKey, secret).catch((error: unknown) => {
          this.options.log?.(`pairing failed: ${error instanceof Error ? error.message : String(error)}`);
          socket.destroy();
        });
      },
    );
    const expiry = setTimeout(
      () => void this.stop(record.invitationPublicKey),
      Math.min(Math.max(record.expiresAt - this.now(), 0), 2 ** 31 - 1),
    );
    expiry.unref();
    this.servers.set(record.invitationPublicKey, { server, expiry });
    await server.listen(keyPair);
  }

  private async stop(invitationPublicKey: string): Promise<void> {
    const entry = this.servers.get(invitationPublicKey);
    if (!entry) return;
    this.servers.delete(invitationPublicKey);
    clearTimeout(entry.expiry);
    await entry.server.close();
  }

  private async answer(socket: PairingSocket, invitationPublicKey: string, secret: string): Promise<void> {
    socket.on('error', () => undefined);
    const acceptorKey = socket.remotePublicKey?.toString('hex');
    const parsed = pairingRequestSchema.safeParse(await readFrame(socket));
    if (!parsed.success || acceptorKey === undefined) return this.refuse(socket, 'proof');
    const request = parsed.data;

    const record = await this.options.invitations.find(invitationPublicKey);
    const refusal = this.check(record, request.spaceId, request.role);
    if (refusal) return this.refuse(socket, refusal);
    if (!record) return this.refuse(socket, 'unknown');
    const expected = pairingProof({
      secret,
      invitationPublicKey,
      acceptorPublicKey: acceptorKey,
      spaceId: record.spaceId,
    });
    if (!proofMatches(expected, request.proof)) return this.refuse(socket, 'proof');
    if (this.inProgress.has(invitationPublicKey)) return this.refuse(socket, 'busy');

    this.inProgress.add(invitationPublicKey);
    try {
      const topicSecret = randomBytes(32).toString('hex');
      await this.options.onPaired({
        spaceId: record.spaceId,
        topic: spaceTopic(record.spaceId, topicSecret),
        myRole: record.myRole,
        peerName: request.name,
        peerPublicKey: acceptorKey,
      });
      await this.options.invitations.updateIssued(invitationPublicKey, {
        status: 'used',
        usedBy: acceptorKey,
      });
      writeFrame(socket, { type: 'pair-accepted', name: record.myName, topicSecret });
      socket.end();
    } finally {
      this.inProgress.delete(invitationPublicKey);
    }
  }

  private check(
    record: IssuedInvitation | undefined,
    spaceId: string,
    role: SpaceRole,
  ): RefusalReason | null {
    if (!record || record.status === 'cancelled' || record.spaceId !== spaceId) return 'unknown';
    if (record.status === 'used') return 'used';
    if (record.expiresAt <= this.now()) return 'expired';
    if (role !== counterpartRole(record.myRole)) return 'role';
    return null;
  }

  private refuse(socket: PairingSocket, reason: RefusalReason): void {
    writeFrame(socket, { type: 'pair-refused', reason });
    socket.end();
  }
}
