import type { TandemApi } from '../../../../shared/ipc/contract';
import {
  acceptInvitationResultSchema,
  identityViewSchema,
  previewInvitationResultSchema,
  spacesResultSchema,
  type AcceptInvitationResult,
  type IdentityView,
  type PreviewInvitationResult,
  type ShareableKind,
  type SpaceView,
} from '../../../../shared/sharing/sharingIpc';
import type { SpaceRole } from '../../../../shared/sharing/inviteCode';

/**
 * The sharing channels as the UI uses them. Answers cross a process boundary, so they are parsed
 * again here; a page given a different client (tests, stories) works the same.
 */
export interface SharingClient {
  identity(): Promise<IdentityView>;
  allowUnprotectedKey(): Promise<IdentityView>;
  createInvitation(args: { myRole: SpaceRole; myName: string; theirName: string }): Promise<{
    code: string;
    expiresAt: number;
  }>;
  previewInvitation(code: string): Promise<PreviewInvitationResult>;
  acceptInvitation(code: string, myName: string): Promise<AcceptInvitationResult>;
  listSpaces(): Promise<SpaceView[]>;
  setSharing(spaceId: string, on: boolean): Promise<SpaceView[]>;
  proposeItem(spaceId: string, docId: string, kind: ShareableKind, title: string): Promise<SpaceView[]>;
  respondToProposal(spaceId: string, docId: string, accept: boolean): Promise<SpaceView[]>;
  unshareItem(spaceId: string, docId: string): Promise<SpaceView[]>;
  leave(spaceId: string): Promise<SpaceView[]>;
}

type SharingApi = TandemApi['sharing'];

const spaces = async (reply: Promise<unknown>) => spacesResultSchema.parse(await reply).spaces;

export function createSharingClient(api: SharingApi): SharingClient {
  return {
    identity: async () => identityViewSchema.parse(await api.identity({})),
    allowUnprotectedKey: async () => identityViewSchema.parse(await api.allowUnprotectedKey({})),
    createInvitation: (args) => api.createInvitation(args),
    previewInvitation: async (code) =>
      previewInvitationResultSchema.parse(await api.previewInvitation({ code })),
    acceptInvitation: async (code, myName) =>
      acceptInvitationResultSchema.parse(await api.acceptInvitation({ code, myName, confirmed: true })),
    listSpaces: () => spaces(api.listSpaces({})),
    setSharing: (spaceId, on) => spaces(api.setSharing({ spaceId, on })),
    proposeItem: (spaceId, docId, kind, title) => spaces(api.proposeItem({ spaceId, docId, kind, title })),
    respondToProposal: (spaceId, docId, accept) => spaces(api.respondToProposal({ spaceId, docId, accept })),
    unshareItem: (spaceId, docId) => spaces(api.unshareItem({ spaceId, docId })),
    leave: (spaceId) => spaces(api.leave({ spaceId, confirmed: true })),
  };
}

/** The preload's sharing API, or null outside Electron. */
export function defaultSharingClient(): SharingClient | null {
  const api = window.tandem?.sharing;
  return api ? createSharingClient(api) : null;
}

/** Electron prefixes errors from main ("Error invoking remote method '…': Error: …"); keep the message. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (Error: )?/, '');
}
