import { useEffect, useEffectEvent } from 'react';
import type * as Y from 'yjs';
import { noteOwnClient, recordVersion, type VersionReason } from '../../../../shared/schema/itemHistory';

/** Quiet time after this person's last keystroke before their edits become a version. */
export const EDIT_SETTLE_MS = 20_000;
/** The other person's changes come in bursts when the two connect: one version per burst. */
export const RECEIVED_SETTLE_MS = 2_000;

/**
 * Takes versions of an item while it is on screen (issue 17, point 6): when it opens (what
 * arrived or changed since the last version), after this person's edits settle, after a burst of
 * the other person's changes (each time the two connect and catch up), and when it closes.
 * Notes this window's client id when it writes, so the history can tell whose changes were whose.
 */
export function useHistoryRecorder(options: {
  item: Y.Doc;
  history: Y.Doc | null;
  peerName: string;
  /** Who wrote the item before it had a history. */
  firstBy: 'me' | 'peer';
  now: () => number;
}): void {
  const { item, history, now } = options;
  // Read when a version is taken: the item's sharing can change while it is open.
  const peerName = useEffectEvent(() => options.peerName);
  const firstBy = useEffectEvent(() => options.firstBy);
  useEffect(() => {
    if (!history) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let reason: VersionReason = 'received';
    const take = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      recordVersion(history, item, { at: now(), peerName: peerName(), reason, firstBy: firstBy() });
      reason = 'received';
    };
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) {
        noteOwnClient(history, item.clientID);
        reason = 'edit';
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(take, reason === 'edit' ? EDIT_SETTLE_MS : RECEIVED_SETTLE_MS);
    };
    // This window's copy writes only this person's edits, whichever page changes it.
    noteOwnClient(history, item.clientID);
    take();
    item.on('update', onUpdate);
    return () => {
      item.off('update', onUpdate);
      if (timer) take();
    };
  }, [item, history, now]);
}
