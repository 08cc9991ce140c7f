import { useEffect, useState } from 'react';
import type { Reminder } from '../../../../shared/cadence/reminderSchemas';
import { oneOnOneReminder } from '../../../../shared/oneOnOne/reminders';
import { currentMeeting } from '../../../../shared/oneOnOne/series';
import { spaceDocId } from '../../../../shared/schema/meetingIds';
import { readMeetings } from '../../../../shared/schema/meetingIndex';
import { readSeriesSettings } from '../../../../shared/schema/seriesSettings';
import type { DocumentStore } from '../../data/DocumentStore';
import { useSpaceDirectory, type SpaceListing } from './spaceDirectory';

const NONE: Reminder[] = [];

/**
 * The reminder before each space's next one-on-one, kept current while the app runs: each
 * listed space's document stays open (they are small) and the reminder is recomputed whenever
 * either person changes the series — the date, the time or how long before to remind.
 */
export function useOneOnOneReminders(store: DocumentStore, timeZone: string): Reminder[] {
  const directory = useSpaceDirectory();
  const spaces = directory.status === 'ready' ? directory.spaces : null;
  const [reminders, setReminders] = useState<Reminder[]>(NONE);
  useEffect(() => {
    if (!spaces || spaces.length === 0) return;
    let active = true;
    const byId = new Map<string, Reminder | null>();
    const publish = () => {
      if (!active) return;
      setReminders([...byId.values()].filter((r): r is Reminder => r !== null));
    };
    const cleanups = spaces.map((space: SpaceListing) => {
      const [opened, release] = store.open(spaceDocId(space.id));
      const recompute = () => {
        byId.set(
          space.id,
          oneOnOneReminder({
            spaceId: space.id,
            peerName: space.peerName,
            settings: readSeriesSettings(opened.doc),
            nextMeeting: currentMeeting(readMeetings(opened.doc)),
            timeZone,
          }),
        );
        publish();
      };
      opened.doc.on('update', recompute);
      opened.ready.then(recompute, () => undefined);
      return () => {
        opened.doc.off('update', recompute);
        release();
      };
    });
    return () => {
      active = false;
      cleanups.forEach((cleanup) => cleanup());
    };
  }, [spaces, store, timeZone]);
  return spaces && spaces.length > 0 ? reminders : NONE;
}
