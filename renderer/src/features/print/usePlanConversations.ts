import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { conversationRecords } from '../../../../shared/oneOnOne/itemConversations';
import type { MeetingRecord } from '../../../../shared/oneOnOne/meetingRecord';
import { meetingDocId, spaceDocId } from '../../../../shared/schema/meetingIds';
import type { DocumentStore } from '../../data/DocumentStore';

/**
 * The records of the meetings main's print address names for a plan, read from the local store
 * (the spaces and the agendas only; private notes live in documents this never opens). Each is
 * checked again against its own agenda, so a name in the address cannot put an unrelated
 * meeting on the plan's paper. Null while loading.
 */

async function readCopy(store: DocumentStore, docId: string): Promise<Y.Doc> {
  const update = await store.readDurable(docId, (doc) => Y.encodeStateAsUpdate(doc));
  const copy = new Y.Doc();
  Y.applyUpdate(copy, update);
  return copy;
}

export function usePlanConversations(
  store: DocumentStore,
  planId: string,
  meetings: readonly { spaceId: string; meetingId: string }[],
  signed: ReadonlySet<string>,
): MeetingRecord[] | null {
  const [records, setRecords] = useState<MeetingRecord[] | null>(meetings.length === 0 ? [] : null);
  useEffect(() => {
    if (meetings.length === 0) return;
    const run = { live: true };
    void (async () => {
      const spaces = new Map<string, Y.Doc>();
      const read: { space: Y.Doc; agenda: Y.Doc; meetingId: string }[] = [];
      for (const { spaceId, meetingId } of meetings) {
        const space = spaces.get(spaceId) ?? (await readCopy(store, spaceDocId(spaceId)));
        spaces.set(spaceId, space);
        read.push({ space, agenda: await readCopy(store, meetingDocId(meetingId)), meetingId });
      }
      if (run.live) setRecords(conversationRecords(read, { kind: 'plan', id: planId }, signed));
    })().catch(() => {
      // A meeting that cannot be read is left off the paper rather than stopping the plan's PDF.
      if (run.live) setRecords([]);
    });
    return () => {
      run.live = false;
    };
  }, [store, planId, meetings, signed]);
  return records;
}
