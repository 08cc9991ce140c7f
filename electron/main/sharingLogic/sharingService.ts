import { keyFingerprint } from '../../../shared/sharing/fingerprint';
import {
  counterpartRole,
  inviteProblems,
  parseInviteCode,
  type SpaceRole,
} from '../../../shared/sharing/inviteCode';
import type { ConfirmerRole } from '../../../shared/schema/meetingSummary';
import type { ConsentRecordResult } from '../../../shared/sharing/consentRecord';
import type {
  AcceptInvitationResult,
  ConfirmSummaryResult,
  IdentityView,
  InviteProblemView,
  PreviewInvitationResult,
  ShareableKind,
  SpaceView,
} from '../../../shared/sharing/sharingIpc';
import type { IdentityStatus, IdentityStore } from './identity';
import type { InvitationStore } from './invitationStore';
import { acceptInvitation, type PairingProblem } from './pairingGuest';
import { PairingHost } from './pairingHost';
import type { PairingDht } from './pairingTransport';
import type { SpaceStore } from './spaceStore';
import { checkConfirmations, signConfirmation, type StoredConfirmation } from './summarySignatures';

/**
 * What the IPC handlers ask of sharing (MainHandlerDeps.sharing). One implementation below
 * combines identity, invitations and pairing with the SpaceStore (consent) and the sync
 * engine's per-space status; the e2e harness can run the same one over a loopback testnet.
 */
export interface SharingService {
  identity(): Promise<IdentityView>;
  allowUnprotectedKey(): Promise<IdentityView>;
  createInvitation(args: { myRole: SpaceRole; myName: string; theirName: string }): Promise<{
    code: string;
    spaceId: string;
    expiresAt: number;
  }>;
  previewInvitation(code: string): Promise<PreviewInvitationResult>;
  /** Pairs (the user confirmed the preview) and pins the inviter's key for the new space. */
  acceptInvitation(code: string, myName: string): Promise<AcceptInvitationResult>;
  listSpaces(): Promise<SpaceView[]>;
  setSharing(spaceId: string, on: boolean): Promise<void>;
  proposeItem(spaceId: string, docId: string, item: { kind: ShareableKind; title: string }): Promise<void>;
  respondToProposal(spaceId: string, docId: string, accept: boolean): Promise<void>;
  unshareItem(spaceId: string, docId: string): Promise<void>;
  leave(spaceId: string): Promise<void>;
  /** Signs this person's confirmation of a summary version, now, with the identity key. */
  confirmSummary(args: {
    spaceId: string;
    meetingId: string;
    version: string;
    name: string;
    paraphrase: string | null;
  }): Promise<ConfirmSummaryResult>;
  /** The space's consent record as this side kept it, and whether its hash chain holds. */
  consentRecord(spaceId: string): Promise<ConsentRecordResult>;
  /** For each stored confirmation: was it signed by the key of the role it claims, in this space? */
  verifyConfirmations(spaceId: string, confirmations: readonly StoredConfirmation[]): Promise<boolean[]>;
}

export type { StoredConfirmation } from './summarySignatures';

/** The engine's live view of one space; absent means "not connected, nothing known yet". */
export interface SpaceSyncStatus {
  connected: boolean;
  lastSyncedAt: number | null;
  pendingChanges: number;
  refused?: string | null;
  peerApp?: string | null;
  peerIsNewer?: boolean;
}

export type SpaceConsentStore = Pick<
  SpaceStore,
  'list' | 'addPairedSpace' | 'setSharing' | 'proposeItem' | 'respondToProposal' | 'unshareItem' | 'leave'
>;

export interface SharingServiceOptions {
  identity: IdentityStore;
  invitations: InvitationStore;
  spaces: SpaceConsentStore;
  /** The DHT node pairing runs on (the engine's `swarm.dht`); asked for only when needed. */
  dht: () => Promise<PairingDht>;
  syncStatus?: (spaceId: string) => SpaceSyncStatus | undefined;
  /** The hash-chained consent record (consentLog.ts); without one, spaces have an empty record. */
  consentLog?: { read(spaceId: string): Promise<ConsentRecordResult> };
  now?: () => number;
  log?: (message: string) => void;
  pairingTimeoutMs?: number;
}

export function identityView(status: IdentityStatus): IdentityView {
  // The public key itself stays in main: the renderer has no use for more than the fingerprint.
  return status.state === 'ready'
    ? { state: 'ready', fingerprint: status.fingerprint, protection: status.protection }
    : status;
}

export class LocalSharingService implements SharingService {
  private host: PairingHost | null = null;
  private readonly accepting = new Set<string>();

  constructor(private readonly options: SharingServiceOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Answers invitations issued before a restart. Needs the identity; quietly waits without one. */
  async start(): Promise<void> {
    if ((await this.options.identity.status()).state !== 'ready') return;
    await (await this.pairingHost()).resume();
  }

  async close(): Promise<void> {
    await this.host?.close();
  }

  private async pairingHost(): Promise<PairingHost> {
    this.host ??= new PairingHost({
      dht: await this.options.dht(),
      identity: () => this.options.identity.keyPair(),
      invitations: this.options.invitations,
      onPaired: async (space) => {
        await this.options.spaces.addPairedSpace(space);
      },
      now: () => this.now(),
      ...(this.options.log ? { log: this.options.log } : {}),
    });
    return this.host;
  }

  async identity(): Promise<IdentityView> {
    return identityView(await this.options.identity.status());
  }

  async allowUnprotectedKey(): Promise<IdentityView> {
    const status = await this.options.identity.allowUnprotected();
    if (status.state === 'ready') await this.start();
    return identityView(status);
  }

  async createInvitation(args: { myRole: SpaceRole; myName: string; theirName: string }) {
    await this.options.identity.keyPair(); // throws the identity's own message when not ready
    return (await this.pairingHost()).createInvitation(args);
  }

  async previewInvitation(code: string): Promise<PreviewInvitationResult> {
    const identity = await this.options.identity.status();
    const parsed = parseInviteCode(code, {
      now: this.now(),
      ownPublicKey: identity.state === 'ready' ? identity.publicKey : null,
      isUsed: () => false,
    });
    if (!parsed.ok) return { ok: false, problem: problemView(parsed.problem) };
    const { invitation } = parsed;
    if (await this.options.invitations.isUsedHere(invitation.invitationPublicKey)) {
      const used = inviteProblems.reused(invitation.inviterName);
      return { ok: false, problem: problemView(used) };
    }
    return {
      ok: true,
      preview: {
        inviterName: invitation.inviterName,
        inviterRole: invitation.inviterRole,
        myRole: counterpartRole(invitation.inviterRole),
        inviterFingerprint: keyFingerprint(invitation.inviterPublicKey),
        expiresAt: invitation.expiresAt,
      },
    };
  }

  async acceptInvitation(code: string, myName: string): Promise<AcceptInvitationResult> {
    const preview = await this.previewInvitation(code);
    if (!preview.ok) return preview;
    const identity = await this.options.identity.status();
    if (identity.state !== 'ready')
      return {
        ok: false,
        problem: {
          kind: 'identity',
          message: identity.message,
          identityProblem: identity.problem,
          ...(identity.detail === undefined ? {} : { identityDetail: identity.detail }),
        },
      };
    const parsed = parseInviteCode(code, {
      now: this.now(),
      ownPublicKey: identity.publicKey,
      isUsed: () => false,
    });
    if (!parsed.ok) return { ok: false, problem: problemView(parsed.problem) };
    const { invitation } = parsed;
    if (this.accepting.has(invitation.invitationPublicKey)) {
      return {
        ok: false,
        problem: { kind: 'refused', message: 'This invitation is already being accepted.' },
      };
    }
    this.accepting.add(invitation.invitationPublicKey);
    try {
      const outcome = await acceptInvitation({
        dht: await this.options.dht(),
        identity: await this.options.identity.keyPair(),
        invitation,
        myName,
        ...(this.options.pairingTimeoutMs ? { timeoutMs: this.options.pairingTimeoutMs } : {}),
      });
      if (!outcome.ok) {
        if (outcome.spent) await this.options.invitations.markUsedHere(invitation.invitationPublicKey);
        return { ok: false, problem: problemView(outcome.problem) };
      }
      await this.options.spaces.addPairedSpace(outcome.space);
      await this.options.invitations.markUsedHere(invitation.invitationPublicKey);
      return { ok: true, spaceId: outcome.space.spaceId, peerName: outcome.space.peerName };
    } finally {
      this.accepting.delete(invitation.invitationPublicKey);
    }
  }

  listSpaces(): Promise<SpaceView[]> {
    const views = this.options.spaces
      .list()
      .filter((space) => !space.left)
      .map((space): SpaceView => {
        const status = this.options.syncStatus?.(space.spaceId);
        return {
          spaceId: space.spaceId,
          peerName: space.peerName,
          peerFingerprint: keyFingerprint(space.peerPublicKey),
          myRole: space.myRole,
          sharing: space.sharing,
          peerSharing: space.peerSharing,
          connected: status?.connected ?? false,
          lastSyncedAt: status?.lastSyncedAt ?? null,
          pendingChanges: status?.pendingChanges ?? 0,
          refused: status?.refused ?? null,
          peerApp: status?.peerApp ?? null,
          peerIsNewer: status?.peerIsNewer ?? false,
          items: Object.entries(space.items).map(([docId, item]) => ({ docId, ...item })),
        };
      });
    return Promise.resolve(views);
  }

  setSharing(spaceId: string, on: boolean): Promise<void> {
    return this.options.spaces.setSharing(spaceId, on);
  }

  proposeItem(spaceId: string, docId: string, item: { kind: ShareableKind; title: string }): Promise<void> {
    return this.options.spaces.proposeItem(spaceId, docId, item);
  }

  respondToProposal(spaceId: string, docId: string, accept: boolean): Promise<void> {
    return this.options.spaces.respondToProposal(spaceId, docId, accept);
  }

  unshareItem(spaceId: string, docId: string): Promise<void> {
    return this.options.spaces.unshareItem(spaceId, docId);
  }

  leave(spaceId: string): Promise<void> {
    return this.options.spaces.leave(spaceId);
  }

  consentRecord(spaceId: string): Promise<ConsentRecordResult> {
    if (!this.options.spaces.list().some((space) => space.spaceId === spaceId))
      return Promise.reject(new Error('There is no such space.'));
    return this.options.consentLog?.read(spaceId) ?? Promise.resolve({ events: [], chain: { ok: true } });
  }

  async confirmSummary(args: {
    spaceId: string;
    meetingId: string;
    version: string;
    name: string;
    paraphrase: string | null;
  }): Promise<ConfirmSummaryResult> {
    const space = this.options.spaces.list().find((s) => s.spaceId === args.spaceId);
    if (!space || space.left) throw new Error('There is no such space to confirm a summary in.');
    const identity = await this.options.identity.keyPair();
    const role: ConfirmerRole = space.myRole;
    const confirmation = signConfirmation(identity, { ...args, role, at: this.now() });
    return { role, confirmation };
  }

  async verifyConfirmations(
    spaceId: string,
    confirmations: readonly StoredConfirmation[],
  ): Promise<boolean[]> {
    const space = this.options.spaces.list().find((s) => s.spaceId === spaceId);
    const identity = await this.options.identity.status();
    if (!space || identity.state !== 'ready') return confirmations.map(() => false);
    return checkConfirmations(space, identity.publicKey, confirmations);
  }
}

/** What the window needs to say a problem in its own language: the reason and its arguments. */
function problemView(problem: PairingProblem): InviteProblemView {
  return {
    kind: problem.kind,
    message: problem.message,
    reason: problem.reason,
    ...('inviterName' in problem ? { inviterName: problem.inviterName } : {}),
    ...('version' in problem ? { version: problem.version } : {}),
  };
}
