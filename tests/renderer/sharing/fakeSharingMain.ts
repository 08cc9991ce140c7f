import { keyFingerprint } from '../../../shared/sharing/fingerprint';
import { counterpartRole, encodeInviteCode, parseInviteCode } from '../../../shared/sharing/inviteCode';
import type { IdentityView, SpaceView } from '../../../shared/sharing/sharingIpc';
import type { SharingClient } from '../../../renderer/src/features/sharing/sharingClient';

/**
 * Plays main's side of the sharing channels for component tests: the process boundary, with
 * the real invite-code format and its real error messages behind it.
 */
export class FakeSharingMain implements SharingClient {
  identityState: IdentityView;
  spaces: SpaceView[] = [];
  readonly myKey = 'd4'.repeat(32);
  private readonly used = new Set<string>();

  constructor(
    withKeystore = true,
    private readonly now = () => Date.UTC(2026, 2, 10, 12),
  ) {
    this.identityState = withKeystore
      ? { state: 'ready', fingerprint: keyFingerprint(this.myKey), protection: 'keystore' }
      : {
          state: 'needs-consent',
          message: 'This computer has no password keystore Tandem can use.',
          problem: 'no-keystore',
        };
  }

  /** A code someone else made, for the accept flow. */
  inviteFrom(
    name: string,
    role: 'employee' | 'manager' = 'manager',
    expiresAt = this.now() + 3_600_000,
  ): string {
    return encodeInviteCode({
      version: 1,
      spaceId: `space${name.replace(/\W/g, '')}0001`,
      inviterPublicKey: 'a1'.repeat(32),
      invitationPublicKey: 'b2'.repeat(32),
      secret: 'c3'.repeat(16),
      expiresAt,
      inviterRole: role,
      inviterName: name,
    });
  }

  identity = () => Promise.resolve(this.identityState);
  allowUnprotectedKey = () => {
    this.identityState = {
      state: 'ready',
      fingerprint: keyFingerprint(this.myKey),
      protection: 'unprotected',
    };
    return Promise.resolve(this.identityState);
  };
  createInvitation = (args: { myName: string }) =>
    Promise.resolve({ code: this.inviteFrom(args.myName), expiresAt: this.now() + 86_400_000 });
  previewInvitation = (code: string) => {
    const parsed = parseInviteCode(code, {
      now: this.now(),
      ownPublicKey: this.myKey,
      isUsed: (key) => this.used.has(key),
    });
    if (!parsed.ok) return Promise.resolve({ ok: false as const, problem: parsed.problem });
    const { invitation } = parsed;
    return Promise.resolve({
      ok: true as const,
      preview: {
        inviterName: invitation.inviterName,
        inviterRole: invitation.inviterRole,
        myRole: counterpartRole(invitation.inviterRole),
        inviterFingerprint: keyFingerprint(invitation.inviterPublicKey),
        expiresAt: invitation.expiresAt,
      },
    });
  };
  acceptInvitation = async (code: string) => {
    const preview = await this.previewInvitation(code);
    if (!preview.ok) return preview;
    const parsed = parseInviteCode(code, { now: this.now(), ownPublicKey: null, isUsed: () => false });
    if (!parsed.ok) throw new Error('unreachable');
    this.used.add(parsed.invitation.invitationPublicKey);
    this.addSpace(parsed.invitation.inviterName, parsed.invitation.spaceId, preview.preview.myRole);
    return { ok: true as const, spaceId: parsed.invitation.spaceId, peerName: parsed.invitation.inviterName };
  };

  addSpace(
    peerName: string,
    spaceId = `space${peerName.replace(/\W/g, '')}0001`,
    myRole: 'employee' | 'manager' = 'employee',
  ) {
    this.spaces.push({
      spaceId,
      peerName,
      peerFingerprint: keyFingerprint('a1'.repeat(32)),
      myRole,
      sharing: 'on',
      peerSharing: 'unknown',
      connected: false,
      lastSyncedAt: null,
      pendingChanges: 0,
      items: [],
    });
    return this.spaces[this.spaces.length - 1]!;
  }

  private update(spaceId: string, change: (space: SpaceView) => SpaceView) {
    this.spaces = this.spaces.map((s) => (s.spaceId === spaceId ? change(s) : s));
    return Promise.resolve(this.spaces);
  }

  // A copy, as a real IPC reply would be.
  listSpaces = () => Promise.resolve([...this.spaces]);
  setSharing = (spaceId: string, on: boolean) =>
    this.update(spaceId, (s) => ({ ...s, sharing: on ? 'on' : 'paused' }));
  proposeItem = (spaceId: string, docId: string, kind: string, title: string) =>
    this.update(spaceId, (s) => ({
      ...s,
      items: [
        ...s.items.filter((i) => i.docId !== docId),
        { docId, kind, title, offeredBy: 'me', state: 'proposed' },
      ],
    }));
  respondToProposal = (spaceId: string, docId: string, accept: boolean) =>
    this.update(spaceId, (s) => ({
      ...s,
      items: s.items.map((i) => (i.docId === docId ? { ...i, state: accept ? 'accepted' : 'declined' } : i)),
    }));
  unshareItem = (spaceId: string, docId: string) =>
    this.update(spaceId, (s) => ({
      ...s,
      items: s.items.map((i) =>
        i.docId === docId ? { ...i, state: i.offeredBy === 'me' ? 'withdrawn' : 'declined' } : i,
      ),
    }));
  leave = (spaceId: string) => {
    this.spaces = this.spaces.filter((s) => s.spaceId !== spaceId);
    return Promise.resolve(this.spaces);
  };
}
