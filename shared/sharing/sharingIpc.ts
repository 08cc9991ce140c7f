import { z } from 'zod';
import { consentRecordArgsSchema, consentRecordResultSchema } from './consentRecord';
import { displayNameSchema, spaceIdSchema, spaceRoleSchema } from './inviteCode';

/**
 * Arguments and results of the `tandem:sharing:*` IPC channels (see shared/ipc/contract.ts).
 * The renderer learns a key only as its fingerprint; secrets never cross this boundary.
 */

/**
 * Why the identity key is not ready, for the window to say in its own language (main's
 * `message` stays English, for logs). `detail` is the file system's own words, when it has any.
 */
export const IDENTITY_PROBLEMS = [
  'no-keystore',
  'file-unreadable',
  'damaged',
  'keystore-unavailable',
  'keystore-refused',
  'not-loaded',
  'unavailable',
] as const;
export type IdentityProblem = (typeof IDENTITY_PROBLEMS)[number];
const identityProblem = {
  message: z.string(),
  problem: z.enum(IDENTITY_PROBLEMS),
  detail: z.string().max(2000).optional(),
};

export const identityViewSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    fingerprint: z.string(),
    protection: z.enum(['keystore', 'unprotected']),
  }),
  /** No keystore: nothing is stored until the user agrees to an unprotected key. */
  z.object({ state: z.literal('needs-consent'), ...identityProblem }),
  z.object({ state: z.literal('unreadable'), ...identityProblem }),
  /** This build or window has no sharing service (the e2e harness without one). */
  z.object({ state: z.literal('unavailable'), ...identityProblem }),
]);
export type IdentityView = z.infer<typeof identityViewSchema>;

/**
 * Goals, plans, reflections, career frameworks and the ratings someone shared of a
 * self-assessment can be offered from their pages; the one-on-one agenda lives in the space. A
 * shared reflection, framework or set of ratings is read-only for the receiver (its writer's side
 * takes in no change to it: spaceConsent.ts, `spaceTakesIn`).
 */
export const shareableKindSchema = z.enum(['goal', 'plan', 'reflection', 'framework', 'shared-ratings']);
export type ShareableKind = z.infer<typeof shareableKindSchema>;

export const itemDocIdSchema = z
  .string()
  .max(200)
  .regex(/^item:[A-Za-z0-9_-]{1,64}$/, 'must be an item document id');

export const sharedItemViewSchema = z.object({
  docId: itemDocIdSchema,
  kind: z.string(),
  title: z.string(),
  offeredBy: z.enum(['me', 'peer']),
  state: z.enum(['proposed', 'accepted', 'declined', 'withdrawn']),
});
export type SharedItemView = z.infer<typeof sharedItemViewSchema>;

export const spaceViewSchema = z.object({
  spaceId: spaceIdSchema,
  peerName: z.string(),
  peerFingerprint: z.string(),
  myRole: spaceRoleSchema,
  /** My switch and the other person's (as last heard; 'unknown' until they connect once). */
  sharing: z.enum(['on', 'paused']),
  peerSharing: z.enum(['on', 'paused', 'unknown']),
  connected: z.boolean(),
  lastSyncedAt: z.number().int().nullable(),
  pendingChanges: z.number().int().nonnegative(),
  /** The last change from the other person that was refused (it would outgrow a shared item). */
  refused: z.string().max(500).nullable().optional(),
  /** The other person's Tandem version, and whether it writes newer documents than this one reads. */
  peerApp: z.string().max(40).nullable().optional(),
  peerIsNewer: z.boolean().optional(),
  items: z.array(sharedItemViewSchema),
});
export type SpaceView = z.infer<typeof spaceViewSchema>;

export const spacesResultSchema = z.object({ spaces: z.array(spaceViewSchema) });

/** Every reason an invitation can fail that the window can say itself (see inviteCode.ts). */
export const INVITE_PROBLEM_REASONS = [
  'tooLong',
  'empty',
  'noPrefix',
  'badCharacters',
  'cutOff',
  'endsEarly',
  'extraData',
  'invalidField',
  'tampered',
  'unsupportedVersion',
  'expired',
  'reused',
  'selfIssued',
  'hostProof',
  'hostUnknown',
  'hostRole',
  'hostBusy',
  'badAnswer',
  'unreachable',
] as const;
export type InviteProblemReason = (typeof INVITE_PROBLEM_REASONS)[number];

export const inviteProblemViewSchema = z.object({
  kind: z.enum([
    'malformed',
    'tampered',
    'unsupported-version',
    'expired',
    'reused',
    'self-issued',
    'refused',
    'unreachable',
    'identity',
  ]),
  /** English, as main says it; the window says `reason` in its own language when it knows it. */
  message: z.string(),
  reason: z.enum(INVITE_PROBLEM_REASONS).optional(),
  /** With kind 'identity': why the key is not ready, and the file system's words. */
  identityProblem: z.enum(IDENTITY_PROBLEMS).optional(),
  identityDetail: z.string().max(2000).optional(),
  inviterName: z.string().max(200).optional(),
  version: z.number().int().nonnegative().optional(),
});
export type InviteProblemView = z.infer<typeof inviteProblemViewSchema>;

const inviteCodeTextSchema = z.string().max(2000);

export const createInvitationArgsSchema = z.object({
  myRole: spaceRoleSchema,
  myName: displayNameSchema,
  theirName: displayNameSchema,
});
export const createInvitationResultSchema = z.object({
  code: z.string(),
  spaceId: spaceIdSchema,
  expiresAt: z.number().int(),
});

export const invitationPreviewSchema = z.object({
  inviterName: z.string(),
  inviterRole: spaceRoleSchema,
  myRole: spaceRoleSchema,
  inviterFingerprint: z.string(),
  expiresAt: z.number().int(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const previewInvitationArgsSchema = z.object({ code: inviteCodeTextSchema });
export const previewInvitationResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), preview: invitationPreviewSchema }),
  z.object({ ok: z.literal(false), problem: inviteProblemViewSchema }),
]);
export type PreviewInvitationResult = z.infer<typeof previewInvitationResultSchema>;

export const acceptInvitationArgsSchema = z.object({
  code: inviteCodeTextSchema,
  myName: displayNameSchema,
  /** The user pressed Accept on the preview; nothing pairs without it. */
  confirmed: z.literal(true),
});
export const acceptInvitationResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), spaceId: spaceIdSchema, peerName: z.string() }),
  z.object({ ok: z.literal(false), problem: inviteProblemViewSchema }),
]);
export type AcceptInvitationResult = z.infer<typeof acceptInvitationResultSchema>;

export const setSharingArgsSchema = z.object({ spaceId: spaceIdSchema, on: z.boolean() });
export const proposeItemArgsSchema = z.object({
  spaceId: spaceIdSchema,
  docId: itemDocIdSchema,
  kind: shareableKindSchema,
  title: z.string().max(200),
});
export const respondToProposalArgsSchema = z.object({
  spaceId: spaceIdSchema,
  docId: itemDocIdSchema,
  accept: z.boolean(),
});
export const unshareItemArgsSchema = z.object({ spaceId: spaceIdSchema, docId: itemDocIdSchema });
export const leaveSpaceArgsSchema = z.object({
  spaceId: spaceIdSchema,
  /** The user read that the other person keeps what they already received, and confirmed. */
  confirmed: z.literal(true),
});

const summaryVersionArg = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');
const meetingIdArg = z.string().min(1).max(64);

export const confirmSummaryArgsSchema = z.object({
  spaceId: spaceIdSchema,
  meetingId: meetingIdArg,
  /** The version of the summary on screen when the person pressed Confirm. */
  version: summaryVersionArg,
  name: z.string().trim().min(1).max(80),
  paraphrase: z.string().max(2000).nullable(),
});
export const confirmSummaryResultSchema = z.object({
  role: spaceRoleSchema,
  confirmation: z.object({
    version: summaryVersionArg,
    at: z.number().int().nonnegative(),
    name: z.string().max(80),
    paraphrase: z.string().max(2000).nullable(),
    signature: z.string().regex(/^[0-9a-f]{128}$/),
  }),
});
export type ConfirmSummaryResult = z.infer<typeof confirmSummaryResultSchema>;

export const verifyConfirmationsArgsSchema = z.object({
  spaceId: spaceIdSchema,
  confirmations: z
    .array(
      z.object({
        meetingId: meetingIdArg,
        role: spaceRoleSchema,
        version: summaryVersionArg,
        at: z.number().int().nonnegative(),
        name: z.string().max(80),
        paraphrase: z.string().max(2000).nullable(),
        signature: z.string().max(200),
      }),
    )
    .max(5000),
});
export const verifyConfirmationsResultSchema = z.object({ valid: z.array(z.boolean()) });

/** The channels, ready to spread into the IPC contract. */
export const sharingIpcContract = {
  /** This installation's identity as the renderer may see it (fingerprint only). */
  'tandem:sharing:identity': { args: z.object({}), result: identityViewSchema },
  /** The user agreed to store the key unprotected (no keystore on this computer). */
  'tandem:sharing:allowUnprotectedKey': { args: z.object({}), result: identityViewSchema },
  'tandem:sharing:createInvitation': {
    args: createInvitationArgsSchema,
    result: createInvitationResultSchema,
  },
  'tandem:sharing:previewInvitation': {
    args: previewInvitationArgsSchema,
    result: previewInvitationResultSchema,
  },
  'tandem:sharing:acceptInvitation': {
    args: acceptInvitationArgsSchema,
    result: acceptInvitationResultSchema,
  },
  'tandem:sharing:listSpaces': { args: z.object({}), result: spacesResultSchema },
  'tandem:sharing:setSharing': { args: setSharingArgsSchema, result: spacesResultSchema },
  'tandem:sharing:proposeItem': { args: proposeItemArgsSchema, result: spacesResultSchema },
  'tandem:sharing:respondToProposal': { args: respondToProposalArgsSchema, result: spacesResultSchema },
  'tandem:sharing:unshareItem': { args: unshareItemArgsSchema, result: spacesResultSchema },
  'tandem:sharing:leave': { args: leaveSpaceArgsSchema, result: spacesResultSchema },
  /** A space's consent record as this side kept it, with whether its hash chain holds (issue 17). */
  'tandem:sharing:consentRecord': { args: consentRecordArgsSchema, result: consentRecordResultSchema },
  /** Signs this person's confirmation of a meeting summary with the identity key (issue 17). */
  'tandem:sharing:confirmSummary': { args: confirmSummaryArgsSchema, result: confirmSummaryResultSchema },
  /** Checks stored confirmations: each must be signed by the key of the role it claims. */
  'tandem:sharing:verifyConfirmations': {
    args: verifyConfirmationsArgsSchema,
    result: verifyConfirmationsResultSchema,
  },
} as const;
