import {
  carryLateArrivals,
  closeMeeting,
  type CloseMeetingResult,
} from '../../../../shared/oneOnOne/carryOver';
import { startSeries } from '../../../../shared/oneOnOne/series';
import { initMeetingDoc } from '../../../../shared/schema/meeting';
import {
  meetingDocId,
  privateNotesDocId,
  spaceDocId,
  successorMeetingId,
} from '../../../../shared/schema/meetingIds';
import { initPrivateNotesDoc } from '../../../../shared/schema/meetingPrivate';
import { initSpace } from '../../../../shared/schema/space';
import { setMember, type Member } from '../../../../shared/schema/spaceMembers';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';

export type Opened = [OpenDocument, () => void];

export interface OneOnOneRepositoryOptions {
  store: DocumentStore;
  now: () => number;
  /**
   * Called when this side creates a meeting's agenda document, so the sharing layer can offer
   * it in the space (agendas belong to their space; private notes are never passed here).
   */
  onAgendaCreated?: (spaceId: string, docId: string) => void;
}

/**
 * Opening the documents of a one-on-one series and the operations that span several of them
 * (closing a meeting writes the space, its agenda and the next agenda).
 */
export class OneOnOneRepository {
  constructor(private readonly options: OneOnOneRepositoryOptions) {}

  get now(): () => number {
    return this.options.now;
  }

  openSpace(spaceId: string): Opened {
    return this.options.store.open(spaceDocId(spaceId));
  }

  openAgenda(meetingId: string): Opened {
    return this.options.store.open(meetingDocId(meetingId));
  }

  /** This user's private notes for a meeting: a document no space ever lists. */
  openPrivateNotes(meetingId: string): Opened {
    return this.options.store.open(privateNotesDocId(meetingId));
  }

  /** Stamps a freshly opened space and writes this side's member entry. */
  prepareSpace(space: OpenDocument, spaceId: string, me: Member): void {
    initSpace(space.doc, spaceId);
    setMember(space.doc, me);
  }

  prepareAgenda(agenda: OpenDocument, meetingId: string, spaceId: string): void {
    initMeetingDoc(agenda.doc, meetingId, spaceId);
  }

  preparePrivateNotes(notes: OpenDocument, meetingId: string): void {
    initPrivateNotesDoc(notes.doc, meetingId);
  }

  startSeries(space: OpenDocument, spaceId: string, firstDate: IsoDate): string {
    const id = startSeries(space.doc, spaceId, firstDate, this.options.now());
    this.options.onAgendaCreated?.(spaceId, meetingDocId(id));
    return id;
  }

  /** Closes a meeting and carries what is open into the next one (see shared/oneOnOne/carryOver). */
  async closeMeeting(
    space: OpenDocument,
    spaceId: string,
    meetingId: string,
    closedBy: string,
    today: IsoDate,
    sharedItemIds: readonly string[] = [],
  ): Promise<CloseMeetingResult> {
    const [agenda, releaseAgenda] = this.openAgenda(meetingId);
    const [next, releaseNext] = this.openAgenda(successorMeetingId(meetingId));
    try {
      await Promise.all([agenda.ready, next.ready, space.ready]);
      const result = closeMeeting({
        space: space.doc,
        spaceId,
        agenda: agenda.doc,
        nextAgenda: next.doc,
        meetingId,
        closedBy,
        now: this.options.now(),
        today,
        sharedItemIds,
      });
      if (result.nextMeetingCreated)
        this.options.onAgendaCreated?.(spaceId, meetingDocId(result.nextMeetingId));
      return result;
    } finally {
      releaseAgenda();
      releaseNext();
    }
  }

  /**
   * Carries what reached `closedMeetingId` after it was closed (see carryLateArrivals) into
   * `nextAgenda`, which the caller has open; for as long as the returned function is not called,
   * it does so again whenever the closed meeting's agenda or the space changes (the other
   * person's late point may arrive any time).
   */
  followLateArrivals(
    space: OpenDocument,
    spaceId: string,
    closedMeetingId: string,
    nextAgenda: OpenDocument,
  ): () => void {
    const [agenda, release] = this.openAgenda(closedMeetingId);
    let active = true;
    const carry = () => {
      if (!active) return;
      carryLateArrivals({
        space: space.doc,
        spaceId,
        agenda: agenda.doc,
        nextAgenda: nextAgenda.doc,
        meetingId: closedMeetingId,
      });
    };
    void Promise.all([agenda.ready, space.ready, nextAgenda.ready]).then(
      () => {
        if (!active) return;
        carry();
        agenda.doc.on('update', carry);
        space.doc.on('update', carry);
      },
      () => undefined,
    );
    return () => {
      active = false;
      agenda.doc.off('update', carry);
      space.doc.off('update', carry);
      release();
    };
  }
}
