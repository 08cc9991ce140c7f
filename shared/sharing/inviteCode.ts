import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { digest } from 'lib0/hash/sha256';
import { z } from 'zod';
import { decodeBase32, encodeBase32, groupText } from './base32';
import { bytesFromHex, equalBytes, hexFromBytes } from './hex';

/**
 * The invitation code: everything the other person needs to pair with this installation, as
 * grouped base32 text (also shown as a QR code). Binary layout, version 1:
 *
 *   u8 version · varString spaceId · 32 B inviter identity key · 32 B invitation key ·
 *   16 B one-time secret · varUint expiry (unix seconds) · u8 inviter role · varString name ·
 *   4 B checksum (first bytes of SHA-256 over everything before it)
 *
 * The checksum catches typing and copying mistakes; deliberate forgery is caught later, at
 * pairing, because only the inviter can answer on the invitation key. The text carries no
 * secret of the inviter's identity, only a one-time secret for this invitation.
 */

export const INVITE_CODE_VERSION = 1;
export const INVITE_CODE_PREFIX = 'TANDEM';
export const DEFAULT_INVITATION_TTL_MS = 24 * 60 * 60 * 1000;
/** Longer than any real code with a 60-character name in any script; stops silly inputs early. */
export const MAX_INVITE_CODE_TEXT = 1200;
const CHECKSUM_BYTES = 4;
const SECRET_BYTES = 16;
const KEY_BYTES = 32;
/** version, shortest space id, keys, secret, expiry, role, one-character name, checksum. */
const MIN_CODE_BYTES = 1 + 9 + 2 * KEY_BYTES + SECRET_BYTES + 1 + 1 + 2 + CHECKSUM_BYTES;
const CODE_CHARACTERS = /^[0-9A-Z]*$/;

export const spaceRoleSchema = z.enum(['employee', 'manager']);
export type SpaceRole = z.infer<typeof spaceRoleSchema>;
const ROLES: readonly SpaceRole[] = spaceRoleSchema.options;

/** The role the person accepting takes: the other one. */
export function counterpartRole(role: SpaceRole): SpaceRole {
  return role === 'employee' ? 'manager' : 'employee';
}

export const publicKeyHexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a 32-byte key in hex');
export const spaceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'must be a url-safe id');
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters');

export const invitationSchema = z.object({
  version: z.literal(INVITE_CODE_VERSION),
  spaceId: spaceIdSchema,
  inviterPublicKey: publicKeyHexSchema,
  /** Public key of the one-time DHT key pair the inviter listens on for this invitation only. */
  invitationPublicKey: publicKeyHexSchema,
  /** One-time secret (16 bytes hex); the acceptor proves knowledge of it with an HMAC. */
  secret: z.string().regex(/^[0-9a-f]{32}$/, 'must be 16 bytes in hex'),
  /** Milliseconds since the epoch, a whole second. */
  expiresAt: z.number().int().nonnegative(),
  inviterRole: spaceRoleSchema,
  inviterName: displayNameSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * Why a code is not valid, as a key the window says in its own language (with `inviterName` and
 * `version` as arguments); `message` is the same in English, for main's logs and tests.
 */
export const malformedDetails = {
  tooLong: 'it is far too long',
  empty: 'it is empty',
  noPrefix: 'it does not start with TANDEM',
  badCharacters: 'it has characters a code never contains',
  cutOff: 'it looks cut off',
  endsEarly: 'it ends too early',
  extraData: 'it has extra data at the end',
  invalidField: 'one of its fields is not valid',
} as const;
export type MalformedDetail = keyof typeof malformedDetails;

export type InviteCodeProblem =
  | { kind: 'malformed'; message: string; reason: MalformedDetail }
  | { kind: 'tampered'; message: string; reason: 'tampered' }
  | { kind: 'unsupported-version'; message: string; reason: 'unsupportedVersion'; version: number }
  | { kind: 'expired'; message: string; reason: 'expired'; expiresAt: number; inviterName: string }
  | { kind: 'reused'; message: string; reason: 'reused'; inviterName: string }
  | { kind: 'self-issued'; message: string; reason: 'selfIssued' };
export type InviteCodeProblemKind = InviteCodeProblem['kind'];

export type InviteCodeResult =
  { ok: true; invitation: Invitation } | { ok: false; problem: InviteCodeProblem };

export const inviteProblems = {
  malformed: (detail: MalformedDetail): InviteCodeProblem => ({
    kind: 'malformed',
    reason: detail,
    message: `This is not a complete Tandem invitation code (${malformedDetails[detail]}). Copy the whole code, from TANDEM to the end, and paste it again.`,
  }),
  tampered: (): InviteCodeProblem => ({
    kind: 'tampered',
    reason: 'tampered',
    message:
      'This invitation code has been changed or mistyped: its checksum does not match. Copy it again, or ask for a new one.',
  }),
  unsupportedVersion: (version: number): InviteCodeProblem => ({
    kind: 'unsupported-version',
    reason: 'unsupportedVersion',
    version,
    message: `This invitation was made by a newer version of Tandem (format ${version}). Update Tandem, then try again.`,
  }),
  expired: (invitation: Pick<Invitation, 'expiresAt' | 'inviterName'>): InviteCodeProblem => ({
    kind: 'expired',
    reason: 'expired',
    message: `This invitation has expired. Ask ${invitation.inviterName} for a new one.`,
    expiresAt: invitation.expiresAt,
    inviterName: invitation.inviterName,
  }),
  reused: (inviterName: string): InviteCodeProblem => ({
    kind: 'reused',
    reason: 'reused',
    message: `This invitation has already been used, and each one works only once. Ask ${inviterName} for a new one.`,
    inviterName,
  }),
  selfIssued: (): InviteCodeProblem => ({
    kind: 'self-issued',
    reason: 'selfIssued',
    message:
      'This is an invitation you created. Send it to the person you want to share with; they accept it on their computer.',
  }),
};

function checksumOf(payload: Uint8Array): Uint8Array {
  return digest(payload).subarray(0, CHECKSUM_BYTES);
}

/** The code as text: `TANDEM-XXXXX-XXXXX-…`. Validates the invitation first. */
export function encodeInviteCode(input: Invitation): string {
  const invitation = invitationSchema.parse(input);
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, invitation.version);
  encoding.writeVarString(encoder, invitation.spaceId);
  encoding.writeUint8Array(encoder, bytesFromHex(invitation.inviterPublicKey));
  encoding.writeUint8Array(encoder, bytesFromHex(invitation.invitationPublicKey));
  encoding.writeUint8Array(encoder, bytesFromHex(invitation.secret));
  encoding.writeVarUint(encoder, Math.floor(invitation.expiresAt / 1000));
  encoding.writeUint8(encoder, ROLES.indexOf(invitation.inviterRole));
  encoding.writeVarString(encoder, invitation.inviterName);
  const payload = encoding.toUint8Array(encoder);
  const bytes = new Uint8Array(payload.length + CHECKSUM_BYTES);
  bytes.set(payload);
  bytes.set(checksumOf(payload), payload.length);
  return `${INVITE_CODE_PREFIX}-${groupText(encodeBase32(bytes))}`;
}

function readFields(payload: Uint8Array): Invitation | InviteCodeProblem {
  const decoder = decoding.createDecoder(payload);
  const version = decoding.readUint8(decoder);
  if (version !== INVITE_CODE_VERSION) return inviteProblems.unsupportedVersion(version);
  const raw = {
    version,
    spaceId: decoding.readVarString(decoder),
    inviterPublicKey: hexFromBytes(decoding.readUint8Array(decoder, KEY_BYTES)),
    invitationPublicKey: hexFromBytes(decoding.readUint8Array(decoder, KEY_BYTES)),
    secret: hexFromBytes(decoding.readUint8Array(decoder, SECRET_BYTES)),
    expiresAt: decoding.readVarUint(decoder) * 1000,
    inviterRole: ROLES[decoding.readUint8(decoder)],
    inviterName: decoding.readVarString(decoder),
  };
  if (decoding.hasContent(decoder)) return inviteProblems.malformed('extraData');
  const parsed = invitationSchema.safeParse(raw);
  if (!parsed.success) return inviteProblems.malformed('invalidField');
  return parsed.data;
}

/**
 * Reads a code's format only: no clock, no keys. Never throws, whatever the text: every way a
 * string can be wrong comes back as a problem with its own message.
 */
export function decodeInviteCode(text: string): InviteCodeResult {
  if (text.length > MAX_INVITE_CODE_TEXT) return { ok: false, problem: inviteProblems.malformed('tooLong') };
  const compact = text.replace(/[\s-]+/g, '').toUpperCase();
  if (compact.length === 0) return { ok: false, problem: inviteProblems.malformed('empty') };
  if (!compact.startsWith(INVITE_CODE_PREFIX)) {
    return { ok: false, problem: inviteProblems.malformed('noPrefix') };
  }
  const body = compact.slice(INVITE_CODE_PREFIX.length);
  if (!CODE_CHARACTERS.test(body) || /U/.test(body)) {
    return { ok: false, problem: inviteProblems.malformed('badCharacters') };
  }
  const bytes = decodeBase32(body);
  // Invalid padding bits or too few bytes: the end of the code is missing.
  if (bytes === null || bytes.length < MIN_CODE_BYTES) {
    return { ok: false, problem: inviteProblems.malformed('cutOff') };
  }
  const payload = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  if (!equalBytes(checksumOf(payload), bytes.subarray(bytes.length - CHECKSUM_BYTES))) {
    return { ok: false, problem: inviteProblems.tampered() };
  }
  let fields: Invitation | InviteCodeProblem;
  try {
    fields = readFields(payload);
  } catch {
    // lib0 throws when a length runs past the end: a checksum collision on a cut-off code.
    return { ok: false, problem: inviteProblems.malformed('endsEarly') };
  }
  return 'kind' in fields ? { ok: false, problem: fields } : { ok: true, invitation: fields };
}

export interface InvitationCheckContext {
  now: number;
  /** This installation's identity key (hex), or null before one exists. */
  ownPublicKey: string | null;
  /** True when this installation has already accepted (or refused) this invitation key. */
  isUsed: (invitationPublicKey: string) => boolean;
}

/** Checks a well-formed invitation against the clock and this installation. */
export function checkInvitation(
  invitation: Invitation,
  context: InvitationCheckContext,
): InviteCodeProblem | null {
  if (context.ownPublicKey !== null && invitation.inviterPublicKey === context.ownPublicKey) {
    return inviteProblems.selfIssued();
  }
  if (context.isUsed(invitation.invitationPublicKey)) return inviteProblems.reused(invitation.inviterName);
  if (invitation.expiresAt <= context.now) return inviteProblems.expired(invitation);
  return null;
}

/** Format, then clock and local history: the one call the accept flow makes. */
export function parseInviteCode(text: string, context: InvitationCheckContext): InviteCodeResult {
  const decoded = decodeInviteCode(text);
  if (!decoded.ok) return decoded;
  const problem = checkInvitation(decoded.invitation, context);
  return problem === null ? decoded : { ok: false, problem };
}
