import type * as Y from 'yjs';
import { z } from 'zod';
import { readMeetingRecord, storedConfirmations } from '../oneOnOne/meetingRecord';
import { readMeetings } from '../schema/meetingIndex';
import type { ConfirmerRole, SummaryConfirmation } from '../schema/meetingSummary';

/**
 * One-on-one meetings in the journal's JSON export (issue 17, point 3): what both people share
 * of each meeting and, above all, its summary and the confirmations of it. Each confirmation
 * keeps its signature, so it can be checked again later with the two identity keys, and says
 * whether main checked it at export time. Private notes are never read here. Import ignores
 * this part: a meeting belongs to a relationship, not to a journal being restored.
 */

const confirmationStateSchema = z.enum(['confirmed', 'changed', 'signature-does-not-check']);

export const exportedMeetingSchema = z.object({
  spaceId: z.string(),
  meetingId: z.string(),
  date: z.string(),
  closedAt: z.number().nullable(),
  people: z.array(z.object({ name: z.string(), role: z.enum(['employee', 'manager']).nullable() })),
  talkingPoints: z.array(z.object({ text: z.string(), authorName: z.string(), discussed: z.boolean() })),
  sharedNotes: z.array(z.string()),
  actionItems: z.array(
    z.object({ text: z.string(), ownerName: z.string(), dueDate: z.string().nullable(), done: z.boolean() }),
  ),
  summary: z.object({
    discussed: z.string(),
    agreed: z.string(),
    /** SHA-256 of the summary's content (both texts and the action items), as confirmations name it. */
    version: z.string(),
  }),
  confirmations: z.array(
    z.object({
      role: z.enum(['employee', 'manager']),
      name: z.string(),
      at: z.number(),
      version: z.string(),
      paraphrase: z.string().nullable(),
      signature: z.string(),
      /** Whether main found the signature made by the key of the role it claims, at export time. */
      signatureChecked: z.boolean(),
      state: confirmationStateSchema,
    }),
  ),
});
export type ExportedMeeting = z.infer<typeof exportedMeetingSchema>;

export type CheckConfirmations = (
  spaceId: string,
  confirmations: readonly (SummaryConfirmation & { meetingId: string; role: ConfirmerRole })[],
) => Promise<boolean[]>;

/** Every meeting of a space with its agenda (read by `agendaOf`), oldest first. */
export async function exportSpaceMeetings(
  spaceId: string,
  space: Y.Doc,
  agendaOf: (meetingId: string) => Promise<Y.Doc | null>,
  check: CheckConfirmations | null,
): Promise<ExportedMeeting[]> {
  const out: ExportedMeeting[] = [];
  const meetings = readMeetings(space).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const meeting of meetings) {
    const agenda = await agendaOf(meeting.id);
    if (!agenda) continue;
    const stored = storedConfirmations(space, meeting.id);
    // Failing closed: without a check (no sharing here, or main could not answer) none is checked.
    const valid = check
      ? await check(
          spaceId,
          stored.map((c) => ({ ...c, meetingId: meeting.id })),
        ).catch(() => stored.map(() => false))
      : stored.map(() => false);
    const checked = new Set(stored.filter((_, i) => valid[i] === true).map((c) => c.signature));
    const record = readMeetingRecord(space, agenda, meeting.id, (_, c) => checked.has(c.signature));
    if (!record) continue;
    out.push({
      spaceId,
      meetingId: meeting.id,
      date: meeting.date,
      closedAt: meeting.closedAt,
      people: record.members.map((m) => ({ name: m.name, role: m.role })),
      talkingPoints: record.points,
      sharedNotes: record.notes,
      actionItems: record.actions,
      summary: {
        discussed: record.summary.discussed,
        agreed: record.summary.agreed,
        version: record.summary.version,
      },
      confirmations: stored.map((c) => {
        const signatureChecked = checked.has(c.signature);
        return {
          role: c.role,
          name: c.name,
          at: c.at,
          version: c.version,
          paraphrase: c.paraphrase,
          signature: c.signature,
          signatureChecked,
          state: !signatureChecked
            ? 'signature-does-not-check'
            : c.version === record.summary.version
              ? 'confirmed'
              : 'changed',
        };
      }),
    });
  }
  return out;
}
