import type * as Y from 'yjs';
import { z } from 'zod';
import { currentMeeting } from '../oneOnOne/series';
import { readAllActionItems } from '../schema/actionItems';
import { isoDateSchema } from '../schema/dates';
import { readMeetings } from '../schema/meetingIndex';
import { readConfirmation, readRecordedVersion } from '../schema/meetingSummary';
import { readSeriesSettings } from '../schema/seriesSettings';
import { readMembers } from '../schema/spaceMembers';

/**
 * What the desk needs of one space, small enough to keep: the next meeting and its agenda's
 * point count, the open action items' owners and due dates, the last career conversation, and
 * the summaries not yet confirmed by both. A space of 250 meetings is half a megabyte to decode;
 * its digest is a few hundred bytes, so the desk opens from the digests in the vault (a local
 * document, never offered) and refreshes them from the space documents afterwards.
 *
 * A confirmation counts when it is for the summary's recorded version. Its signature is checked
 * by main when the meeting is opened; the desk only points at what is still open.
 */

export const MAX_DIGEST_ACTIONS = 2000;
export const MAX_DIGEST_SUMMARIES = 500;

export const digestActionSchema = z.object({ mine: z.boolean(), dueDate: isoDateSchema.nullable() });
export type DigestAction = z.infer<typeof digestActionSchema>;

export const digestSummarySchema = z.object({
  meetingId: z.string().min(1),
  date: isoDateSchema,
  employeeConfirmed: z.boolean(),
  managerConfirmed: z.boolean(),
});

export const deskDigestSchema = z.object({
  spaceId: z.string().min(1),
  personName: z.string().max(80),
  careerQuarterly: z.boolean(),
  nextMeeting: z
    .object({
      meetingId: z.string().min(1),
      date: isoDateSchema,
      career: z.boolean(),
      points: z.number().int().nonnegative(),
    })
    .nullable(),
  lastCareer: isoDateSchema.nullable(),
  openActions: z.array(digestActionSchema).max(MAX_DIGEST_ACTIONS),
  summaries: z.array(digestSummarySchema).max(MAX_DIGEST_SUMMARIES),
});
export type DeskDigest = z.infer<typeof deskDigestSchema>;

/** Reads the digest from the space document and the next agenda's point count (null: no agenda). */
export function digestSpace(
  space: Y.Doc,
  options: {
    spaceId: string;
    /** This user's member id in the space: action items owned by it are "mine". */
    myMemberId: string;
    /** The name the space list knows the other person by, used until they wrote their own. */
    fallbackName: string;
    nextAgendaPoints: number | null;
  },
): DeskDigest {
  const meetings = readMeetings(space);
  const next = currentMeeting(meetings);
  let lastCareer: DeskDigest['lastCareer'] = null;
  const summaries: DeskDigest['summaries'] = [];
  for (const meeting of meetings) {
    if (meeting.closedAt === null) continue;
    if (meeting.career) lastCareer = meeting.date;
    const version = readRecordedVersion(space, meeting.id);
    if (version === null) continue;
    const employeeConfirmed = readConfirmation(space, meeting.id, 'employee')?.version === version;
    const managerConfirmed = readConfirmation(space, meeting.id, 'manager')?.version === version;
    if (!employeeConfirmed || !managerConfirmed)
      summaries.push({ meetingId: meeting.id, date: meeting.date, employeeConfirmed, managerConfirmed });
  }
  const openActions = readAllActionItems(space)
    .filter((a) => !a.removed && a.carriedTo === null && a.doneAt === null)
    .map((a) => ({ mine: a.ownerId === options.myMemberId, dueDate: a.dueDate }));
  const peer = readMembers(space).find((m) => m.id !== options.myMemberId);
  return deskDigestSchema.parse({
    spaceId: options.spaceId,
    personName: peer?.name ?? options.fallbackName,
    careerQuarterly: readSeriesSettings(space).careerQuarterly,
    nextMeeting: next
      ? { meetingId: next.id, date: next.date, career: next.career, points: options.nextAgendaPoints ?? 0 }
      : null,
    lastCareer,
    openActions: openActions.slice(-MAX_DIGEST_ACTIONS),
    summaries: summaries.slice(-MAX_DIGEST_SUMMARIES),
  });
}

const digests = (vault: Y.Doc) => vault.getMap<unknown>('deskDigests');

/** Every readable digest kept in the vault, by space id; an unreadable one is left out. */
export function readDeskDigests(vault: Y.Doc): Map<string, DeskDigest> {
  const out = new Map<string, DeskDigest>();
  digests(vault).forEach((value, key) => {
    const parsed = deskDigestSchema.safeParse(value);
    if (parsed.success && parsed.data.spaceId === key) out.set(key, parsed.data);
  });
  return out;
}

/** Keeps a digest; writes nothing when it is unchanged (so a refresh adds no history). */
export function writeDeskDigest(vault: Y.Doc, digest: DeskDigest): void {
  const valid = deskDigestSchema.parse(digest);
  if (JSON.stringify(digests(vault).get(valid.spaceId)) === JSON.stringify(valid)) return;
  digests(vault).set(valid.spaceId, valid);
}
