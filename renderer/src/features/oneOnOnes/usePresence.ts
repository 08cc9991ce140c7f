import { useEffect, useState, useSyncExternalStore, useCallback, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { presentPeople, type AwarenessSource, type PresentPerson, type PresenceUser } from './presence';

/** The agenda's Awareness while mounted, with this person's name and colour published on it. */
export function useAwareness(
  source: AwarenessSource,
  docId: string,
  doc: Y.Doc,
  user: PresenceUser,
): Awareness | null {
  const [awareness, setAwareness] = useState<Awareness | null>(null);
  useEffect(() => {
    const { awareness: created, release } = source(docId, doc);
    // The awareness is the external system here: it exists only while this effect runs (it
    // keeps a timer and may be relayed to the other person), so it is made here, not in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAwareness(created);
    return () => {
      setAwareness(null);
      release();
    };
  }, [source, docId, doc]);
  useEffect(() => {
    awareness?.setLocalStateField('user', { name: user.name, color: user.color });
  }, [awareness, user.name, user.color]);
  return awareness;
}

const NOBODY: PresentPerson[] = [];

/** Everyone present, re-read when anyone joins, leaves or moves their caret. */
export function usePresentPeople(awareness: Awareness | null): PresentPerson[] {
  const cache = useRef<{ key: string; value: PresentPerson[] }>({ key: '', value: NOBODY });
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!awareness) return () => undefined;
      awareness.on('change', notify);
      return () => awareness.off('change', notify);
    },
    [awareness],
  );
  const read = useCallback(() => {
    if (!awareness) return NOBODY;
    const people = presentPeople(awareness);
    const key = JSON.stringify(people);
    if (key !== cache.current.key) cache.current = { key, value: people };
    return cache.current.value;
  }, [awareness]);
  return useSyncExternalStore(subscribe, read);
}
