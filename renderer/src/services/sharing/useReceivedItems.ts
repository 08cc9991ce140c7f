import { useEffect, useState } from 'react';
import type { ReceivedItems } from './receivedItem';

export type { ReceivedItem, ReceivedItems } from './receivedItem';

/**
 * Items the other person in a space shared with this user, by document id: who wrote them and
 * whether they still flow. Lists (the journal) mark such an item with its writer, and its page
 * shows it read-only. Asked of main when mounted and whenever the spaces change; empty outside
 * Electron or before the first answer. The watching code loads on first use, off the journal's
 * start-up path.
 */
const NONE: ReceivedItems = new Map();

export function useReceivedItems(): ReceivedItems {
  const [items, setItems] = useState<ReceivedItems>(NONE);
  useEffect(() => {
    if (!window.tandem?.sharing) return;
    let active = true;
    let stop: (() => void) | null = null;
    import('./receivedItemsSource').then(
      (source) => {
        if (active) stop = source.watchReceivedItems(setItems);
      },
      () => undefined,
    );
    return () => {
      active = false;
      stop?.();
    };
  }, []);
  return items;
}
