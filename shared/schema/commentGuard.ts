import * as Y from 'yjs';
import { readMergedRecords, recordMaps } from './meetingRecords';
import type { CommentRole } from './comments';

/**
 * Whether a change the peer sent to a comments document leaves this side's comments as they were
 * (issue 17, point 2: comments are attributed). The peer may add comments under its own role,
 * edit or delete its own, and resolve or reopen any thread; it may not write a comment in this
 * person's name, nor change or remove one this person wrote. Checked on a copy of the document,
 * before the change reaches main's replica (peerSession.ts), so a refused change leaves nothing.
 *
 * A record whose author is unreadable counts as not the peer's: the peer cannot repair it into
 * its own name either.
 */
export function peerChangeKeepsOthersComments(
  doc: Y.Doc,
  update: Uint8Array,
  peerRole: CommentRole,
): boolean {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = readMergedRecords(recordMaps(copy, 'comments'));
    Y.applyUpdate(copy, update);
    const after = readMergedRecords(recordMaps(copy, 'comments'));
    for (const [id, record] of before) {
      if (record.author === peerRole) continue;
      const next = after.get(id);
      if (!next || !sameApartFromResolution(record, next)) return false;
    }
    for (const [id, record] of after) {
      if (before.has(id)) {
        // Its author cannot change hands either way.
        if (before.get(id)?.author !== record.author) return false;
      } else if (record.author !== peerRole) return false;
    }
    return true;
  } finally {
    copy.destroy();
  }
}

function sameApartFromResolution(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const { resolved: _a, ...restA } = a;
  const { resolved: _b, ...restB } = b;
  return stableJson(restA) === stableJson(restB);
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}
