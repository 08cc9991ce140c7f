import { digest } from 'lib0/hash/sha256';
import { encodeUtf8 } from 'lib0/string';
import type * as Y from 'yjs';
import { z } from 'zod';
import { hexFromBytes } from '../sharing/hex';
import type { ActionItem } from './actionItems';
import { meetingIndex } from './meetingIndex';
import { setRecordField } from './meetingRecords';

/**
 * A meeting's summary both people confirm (issue 17, point 3).
 *
 * - The text is shared and co-edited, in the meeting's document: `summaryDiscussed` (what we
 *   discussed) and `summaryAgreed` (what we agreed), two Y.Text. The next steps are the
 *   meeting's action items, and count as part of the summary.
 * - A version of the summary is the SHA-256 of that content (`summaryVersion`): the same text
 *   and action items give the same version on both computers, whatever edits led there.
 * - A confirmation is a small record in the space's meeting index, one field per role
 *   (`<meetingId>/confirmation.employee`, `…manager`), so both people confirming at the same
 *   moment both survive. It holds the version confirmed, when, the person's name, their own
 *   paraphrase if they answered with one, and an Ed25519 signature by the confirming
 *   installation's identity key over all of that and the space and meeting. Main signs and
 *   checks (electron/main/sharingLogic/summarySignatures.ts): the other person can write to
 *   the space document, but cannot make a confirmation that checks under this side's key.
 * - `<meetingId>/summaryVersion` holds the version last seen by whoever edited or opened the
 *   summary, so the meeting list can say "changed" without opening every meeting.
 */

export const MAX_SUMMARY_LENGTH = 4000;
export const MAX_PARAPHRASE_LENGTH = 2000;

export const summaryDiscussed = (agenda: Y.Doc): Y.Text => agenda.getText('summaryDiscussed');
export const summaryAgreed = (agenda: Y.Doc): Y.Text => agenda.getText('summaryAgreed');

export const confirmerRoleSchema = z.enum(['employee', 'manager']);
export type ConfirmerRole = z.infer<typeof confirmerRoleSchema>;

export const summaryVersionSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

export const summaryConfirmationSchema = z.object({
  version: summaryVersionSchema,
  at: z.number().int().nonnegative(),
  name: z.string().max(80),
  paraphrase: z.string().max(MAX_PARAPHRASE_LENGTH).nullable(),
  /** Ed25519 over `confirmationMessage(...)`, 64 bytes in hex. */
  signature: z.string().regex(/^[0-9a-f]{128}$/, 'must be 64 bytes of hex'),
});
export type SummaryConfirmation = z.infer<typeof summaryConfirmationSchema>;

export interface SummaryContent {
  discussed: string;
  agreed: string;
  nextSteps: { text: string; ownerId: string; dueDate: string | null }[];
}

export function readSummaryContent(
  agenda: Y.Doc,
  actions: readonly ActionItem[],
  meetingId: string,
): SummaryContent {
  return {
    discussed: summaryDiscussed(agenda).toJSON(),
    agreed: summaryAgreed(agenda).toJSON(),
    nextSteps: actions
      .filter((a) => a.meetingId === meetingId && !a.removed)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => ({ text: a.text, ownerId: a.ownerId, dueDate: a.dueDate })),
  };
}

export function isEmptySummary(content: SummaryContent): boolean {
  return content.discussed.trim() === '' && content.agreed.trim() === '';
}

/** The version of a summary: SHA-256 (hex) of its content in one fixed layout. */
export function summaryVersion(content: SummaryContent): string {
  const canonical = JSON.stringify([
    'tandem-summary/1',
    content.discussed,
    content.agreed,
    content.nextSteps.map((s) => [s.text, s.ownerId, s.dueDate]),
  ]);
  return hexFromBytes(digest(encodeUtf8(canonical)));
}

/** The exact bytes a confirmation's signature covers. */
export function confirmationMessage(input: {
  spaceId: string;
  meetingId: string;
  role: ConfirmerRole;
  version: string;
  at: number;
  name: string;
  paraphrase: string | null;
}): Uint8Array {
  return encodeUtf8(
    JSON.stringify([
      'tandem-summary-confirmation/1',
      input.spaceId,
      input.meetingId,
      input.role,
      input.version,
      input.at,
      input.name,
      input.paraphrase,
    ]),
  );
}

const confirmationField = (role: ConfirmerRole) => `confirmation.${role}`;

/** The confirmation stored for a role, or null (none, or not readable as one). */
export function readConfirmation(
  space: Y.Doc,
  meetingId: string,
  role: ConfirmerRole,
): SummaryConfirmation | null {
  const value = meetingIndex(space).fields.get(`${meetingId}/${confirmationField(role)}`);
  const parsed = summaryConfirmationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function writeConfirmation(
  space: Y.Doc,
  meetingId: string,
  role: ConfirmerRole,
  confirmation: SummaryConfirmation,
): void {
  setRecordField(
    meetingIndex(space),
    meetingId,
    confirmationField(role),
    summaryConfirmationSchema.parse(confirmation),
  );
}

export function readRecordedVersion(space: Y.Doc, meetingId: string): string | null {
  const value = meetingIndex(space).fields.get(`${meetingId}/summaryVersion`);
  return typeof value === 'string' && summaryVersionSchema.safeParse(value).success ? value : null;
}

/** Notes the summary's current version in the index (for the meeting list); no-op when equal. */
export function recordSummaryVersion(space: Y.Doc, meetingId: string, version: string): void {
  setRecordField(meetingIndex(space), meetingId, 'summaryVersion', summaryVersionSchema.parse(version));
}

/**
 * Replaces a Y.Text's content with `next` by one delete and one insert around the common
 * prefix and suffix, so a concurrent edit elsewhere in the text survives.
 */
export function setTextTo(text: Y.Text, next: string): void {
  const current = text.toJSON();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  const apply = () => {
    text.delete(start, current.length - start - end);
    text.insert(start, next.slice(start, next.length - end));
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
}

/** Where each person stands with the summary on screen. */
export type ConfirmationState =
  | { kind: 'none' }
  | { kind: 'confirmed'; at: number; paraphrase: string | null }
  | { kind: 'changed'; at: number; paraphrase: string | null }
  /** A record under this role whose signature does not check: shown as a warning, never as confirmed. */
  | { kind: 'forged' }
  /** Main has not answered yet whether the signature checks. */
  | { kind: 'checking' };

export function confirmationState(
  confirmation: SummaryConfirmation | null,
  valid: boolean | null,
  currentVersion: string,
): ConfirmationState {
  if (!confirmation) return { kind: 'none' };
  if (valid === null) return { kind: 'checking' };
  if (!valid) return { kind: 'forged' };
  return {
    kind: confirmation.version === currentVersion ? 'confirmed' : 'changed',
    at: confirmation.at,
    paraphrase: confirmation.paraphrase,
  };
}

/** What the meeting list says of a meeting's summary. */
export type SummaryListStatus =
  | { kind: 'no-summary' }
  | { kind: 'confirmed-by-both' }
  | { kind: 'changed' }
  | { kind: 'waiting'; for: ConfirmerRole[] };

export function summaryListStatus(
  recordedVersion: string | null,
  states: Record<ConfirmerRole, { confirmation: SummaryConfirmation | null; valid: boolean | null }>,
): SummaryListStatus {
  if (recordedVersion === null) return { kind: 'no-summary' };
  const roles: ConfirmerRole[] = ['employee', 'manager'];
  const of = (role: ConfirmerRole) =>
    confirmationState(states[role].confirmation, states[role].valid, recordedVersion);
  if (roles.some((role) => of(role).kind === 'changed')) return { kind: 'changed' };
  const waiting = roles.filter((role) => of(role).kind !== 'confirmed');
  return waiting.length === 0 ? { kind: 'confirmed-by-both' } : { kind: 'waiting', for: waiting };
}
