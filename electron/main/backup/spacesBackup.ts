import { z } from 'zod';
import { describeFirstIssue } from '../../../shared/schema/validation';
import { spaceRecordSchema, type SpaceRecord } from '../sharingLogic/spaceConsent';

/**
 * The sharing relationships (the consent records of `<userData>/sharing/spaces.json`) as a
 * backup carries them: only beside the identity keys, sealed with the same passphrase, since
 * they are useless without the key the peers pinned and they name the people one shares with.
 * Restored, they give a new computer back its spaces: the same peers' keys, topics and item
 * consent, so syncing resumes without pairing again. Pending invitations are one-time and
 * short-lived and are not backed up.
 */

/** Where the records live (sharing/spaceStore.ts is one). */
export interface SpaceRecordsStore {
  list(): readonly SpaceRecord[];
  /** Replaces every record at once, saved before it applies; refuses (changing nothing) a bad one. */
  replaceAll(records: readonly SpaceRecord[]): Promise<void>;
}

const SPACES_BACKUP_VERSION = 1;

const spacesBackupSchema = z.object({
  version: z.literal(SPACES_BACKUP_VERSION),
  spaces: z.array(z.unknown()).max(10_000),
});

export function encodeSpaces(records: readonly SpaceRecord[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ version: SPACES_BACKUP_VERSION, spaces: records }));
}

/** The records, each checked with the consent file's own schema, or what is wrong (naming the record). */
export function decodeSpaces(bytes: Uint8Array): { records: SpaceRecord[] } | { problem: string } {
  const damaged = (why: string) => ({
    problem: `The sharing relationships in this backup are damaged (${why}). Nothing was restored.`,
  });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return damaged('not readable JSON');
  }
  const file = spacesBackupSchema.safeParse(json);
  if (!file.success) return damaged('not a list of spaces from this version of Tandem');
  const records: SpaceRecord[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of file.data.spaces.entries()) {
    const record = spaceRecordSchema.safeParse(raw);
    if (!record.success) {
      return damaged(`${describeRecord(raw, index)}, ${describeFirstIssue(record.error, 'record')}`);
    }
    if (seen.has(record.data.spaceId)) return damaged(`${describeRecord(raw, index)} is listed twice`);
    seen.add(record.data.spaceId);
    records.push(record.data);
  }
  return { records };
}

/** "the space with Maya" when the name is readable, else "space 2" (never echoing odd values). */
function describeRecord(raw: unknown, index: number): string {
  const name = z.object({ peerName: z.string().trim().min(1).max(80) }).safeParse(raw);
  return name.success ? `the space with ${name.data.peerName.trim()}` : `space ${index + 1}`;
}
