import { digest } from 'lib0/hash/sha256';
import { encodeUtf8 } from 'lib0/string';

/**
 * Identifiers of the one-on-one series.
 *
 * Meetings and carried records get ids derived from what they follow, not random ones: the
 * meeting after M is always `successorMeetingId(M)`, and a talking point carried from M is
 * always `carriedRecordId(M, point)`. Two people who close M at the same moment on two machines
 * therefore create the same next meeting and the same carried points, and when their changes
 * meet, Yjs keeps one of each instead of two.
 *
 * Meeting agendas have their own document prefixes rather than `item:`: an id a peer writes into
 * the shared space can then only ever name a meeting document, never one of this user's private
 * items, and the private notes beside a meeting (`meeting-private:`) are recognisable as
 * never-shared by their name alone.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** 22 url-safe characters (132 bits) of SHA-256 over the parts. */
export function derivedId(...parts: string[]): string {
  const bytes = digest(encodeUtf8(parts.join('\u0000')));
  let out = '';
  for (let i = 0; i < 22; i++) out += ALPHABET.charAt((bytes[i] ?? 0) & 63);
  return out;
}

/** The first meeting of a space's series: both people starting the series at once agree on it. */
export const firstMeetingId = (spaceId: string): string => derivedId('first-meeting', spaceId);

export const successorMeetingId = (meetingId: string): string => derivedId('next-meeting', meetingId);

/** A talking point or action item carried out of `sourceMeetingId` at its close. */
export const carriedRecordId = (sourceMeetingId: string, sourceRecordId: string): string =>
  derivedId('carried', sourceMeetingId, sourceRecordId);

export const MEETING_DOC_PREFIX = 'meeting:';
export const PRIVATE_NOTES_DOC_PREFIX = 'meeting-private:';

/** The shared agenda of one meeting (talking points, shared notes), synced in its space. */
export const meetingDocId = (meetingId: string): `meeting:${string}` => `meeting:${meetingId}`;

/** This user's private notes for one meeting: never offered in any space, so never synced. */
export const privateNotesDocId = (meetingId: string): `meeting-private:${string}` =>
  `meeting-private:${meetingId}`;

export const spaceDocId = (spaceId: string): `space:${string}` => `space:${spaceId}`;

export const isPrivateNotesDocId = (docId: string): boolean => docId.startsWith(PRIVATE_NOTES_DOC_PREFIX);

/** More meetings than twenty years of weekly one-on-ones. */
export const MAX_SERIES_LENGTH = 2000;
const chains = new Map<string, { ids: string[]; set: Set<string> }>();

/**
 * Whether `meetingId` is a meeting of this space's series: the series is a chain that starts at
 * `firstMeetingId(spaceId)` and goes on by `successorMeetingId`, so membership follows from the
 * ids alone, never from anything written in a (peer-writable) document. The sync layer uses it
 * to decide that a `meeting:<id>` agenda may be exchanged in a space: a peer in one space cannot
 * name a meeting of another space and have it sent. The chain is worked out once per space.
 */
export function isMeetingOfSpace(spaceId: string, meetingId: string): boolean {
  let chain = chains.get(spaceId);
  if (!chain) {
    const ids = [firstMeetingId(spaceId)];
    for (let i = 1; i < MAX_SERIES_LENGTH; i++) ids.push(successorMeetingId(ids[i - 1] as string));
    chain = { ids, set: new Set(ids) };
    chains.set(spaceId, chain);
  }
  return chain.set.has(meetingId);
}

/** The meeting id of a `meeting:<id>` document id, or null for any other document. */
export function meetingIdOfDoc(docId: string): string | null {
  return docId.startsWith(MEETING_DOC_PREFIX) && docId.length > MEETING_DOC_PREFIX.length
    ? docId.slice(MEETING_DOC_PREFIX.length)
    : null;
}
