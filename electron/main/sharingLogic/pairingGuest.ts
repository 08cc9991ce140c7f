import {
  counterpartRole,
  type Invitation,
  type InviteCodeProblem,
  inviteProblems,
} from '../../../shared/sharing/inviteCode';
import type { KeyPair } from './ed25519Keys';
import type { PairedSpace } from './pairingHost';
import {
  PAIRING_TIMEOUT_MS,
  PAIRING_VERSION,
  pairingAnswerSchema,
  pairingProof,
  readFrame,
  type RefusalReason,
  spaceTopic,
  writeFrame,
} from './pairingProtocol';
import type { PairingDht, PairingSocket } from './pairingTransport';

/**
 * The acceptor's side of pairing: connect to the invitation's one-time key with this
 * installation's identity key pair (the Noise handshake proves that key to the inviter), prove
 * knowledge of the one-time secret, and on "accepted" return what to pin. The caller pins it
 * (SpaceStore.addPairedSpace) and records the invitation as used here.
 */

/** What the inviter's Tandem said, or that it could not be reached; `reason` is for the window. */
export type PairingProblem =
  | InviteCodeProblem
  | {
      kind: 'tampered' | 'refused' | 'unreachable';
      message: string;
      reason: 'hostProof' | 'hostUnknown' | 'hostRole' | 'hostBusy' | 'badAnswer' | 'unreachable';
      inviterName: string;
    };

export type PairingOutcome =
  | { ok: true; space: PairedSpace }
  | {
      ok: false;
      problem: PairingProblem;
      /** The inviter said the code is spent: remember it. */ spent: boolean;
    };

function refusalProblem(reason: RefusalReason, invitation: Invitation): PairingProblem {
  const name = invitation.inviterName;
  switch (reason) {
    case 'used':
      return inviteProblems.reused(name);
    case 'expired':
      return inviteProblems.expired(invitation);
    case 'self':
      return inviteProblems.selfIssued();
    case 'proof':
      return {
        kind: 'tampered',
        reason: 'hostProof',
        inviterName: name,
        message: `${name}’s Tandem did not recognise this code: it does not match the invitation they created. Copy it again, or ask for a new one.`,
      };
    case 'unknown':
      return {
        kind: 'refused',
        reason: 'hostUnknown',
        inviterName: name,
        message: `${name}’s Tandem no longer has this invitation (it may have been cancelled). Ask ${name} for a new one.`,
      };
    case 'role':
      return {
        kind: 'refused',
        reason: 'hostRole',
        inviterName: name,
        message: `${name}’s Tandem refused this pairing. Ask ${name} for a new invitation.`,
      };
    case 'busy':
      return {
        kind: 'refused',
        reason: 'hostBusy',
        inviterName: name,
        message: `Someone else is accepting this invitation right now. If that was not you, tell ${name}.`,
      };
  }
}

function unreachable(invitation: Invitation): PairingProblem {
  return {
    kind: 'unreachable',
    reason: 'unreachable',
    inviterName: invitation.inviterName,
    message: `Could not reach ${invitation.inviterName}’s Tandem. It has to be open and online while you accept; try again in a moment.`,
  };
}

function opened(socket: PairingSocket, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    socket.on('open', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

export async function acceptInvitation(input: {
  dht: PairingDht;
  identity: KeyPair;
  invitation: Invitation;
  myName: string;
  timeoutMs?: number;
}): Promise<PairingOutcome> {
  const { invitation, identity } = input;
  const timeoutMs = input.timeoutMs ?? PAIRING_TIMEOUT_MS;
  const myKey = identity.publicKey.toString('hex');
  if (myKey === invitation.inviterPublicKey)
    return { ok: false, problem: inviteProblems.selfIssued(), spent: false };

  const socket = input.dht.connect(Buffer.from(invitation.invitationPublicKey, 'hex'), { keyPair: identity });
  try {
    if (!(await opened(socket, timeoutMs)))
      return { ok: false, problem: unreachable(invitation), spent: false };
    const myRole = counterpartRole(invitation.inviterRole);
    writeFrame(socket, {
      type: 'pair-request',
      version: PAIRING_VERSION,
      spaceId: invitation.spaceId,
      proof: pairingProof({
        secret: invitation.secret,
        invitationPublicKey: invitation.invitationPublicKey,
        acceptorPublicKey: myKey,
        spaceId: invitation.spaceId,
      }),
      name: input.myName,
      role: myRole,
    });
    let raw: unknown;
    try {
      raw = await readFrame(socket, timeoutMs);
    } catch {
      return { ok: false, problem: unreachable(invitation), spent: false };
    }
    const answer = pairingAnswerSchema.safeParse(raw);
    if (!answer.success) {
      return {
        ok: false,
        problem: {
          kind: 'refused',
          reason: 'badAnswer',
          inviterName: invitation.inviterName,
          message: `${invitation.inviterName}’s Tandem gave an answer this version does not understand.`,
        },
        spent: false,
      };
    }
    if (answer.data.type === 'pair-refused') {
      const reason = answer.data.reason;
      return {
        ok: false,
        problem: refusalProblem(reason, invitation),
        spent: reason === 'used' || reason === 'expired',
      };
    }
    return {
      ok: true,
      space: {
        spaceId: invitation.spaceId,
        topic: spaceTopic(invitation.spaceId, answer.data.topicSecret),
        myRole,
        // The name the inviter's Tandem answers with, which is also the one in the code.
        peerName: answer.data.name,
        peerPublicKey: invitation.inviterPublicKey,
      },
    };
  } finally {
    socket.on('error', () => undefined);
    socket.end();
  }
}
