import * as Y from 'yjs';
import { initMeetingDoc } from '../../../shared/schema/meeting';
import { meetingDocId, spaceDocId } from '../../../shared/schema/meetingIds';
import { initSpace } from '../../../shared/schema/space';
import { setMember } from '../../../shared/schema/spaceMembers';

/**
 * Two people's copies of one space, with no network between them: tests decide when updates
 * travel, and in which order, by applying Yjs updates by hand.
 */
export class Peer {
  readonly docs = new Map<string, Y.Doc>();
  /** Updates this peer made and has not delivered yet, per document. */
  readonly outbox: { docId: string; update: Uint8Array }[] = [];

  constructor(
    readonly memberId: string,
    readonly name: string,
  ) {}

  doc(docId: string): Y.Doc {
    let doc = this.docs.get(docId);
    if (!doc) {
      doc = new Y.Doc();
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'remote') this.outbox.push({ docId, update });
      });
      this.docs.set(docId, doc);
    }
    return doc;
  }

  space(spaceId: string): Y.Doc {
    return this.doc(spaceDocId(spaceId));
  }

  agenda(meetingId: string): Y.Doc {
    return this.doc(meetingDocId(meetingId));
  }

  receive(docId: string, update: Uint8Array): void {
    Y.applyUpdate(this.doc(docId), update, 'remote');
  }
}

/** Everything each side has, sent to the other (state-vector sync, both ways). */
export function syncBoth(a: Peer, b: Peer): void {
  const ids = new Set([...a.docs.keys(), ...b.docs.keys()]);
  for (const id of ids) {
    const da = a.doc(id);
    const db = b.doc(id);
    const toB = Y.encodeStateAsUpdate(da, Y.encodeStateVector(db));
    const toA = Y.encodeStateAsUpdate(db, Y.encodeStateVector(da));
    b.receive(id, toB);
    a.receive(id, toA);
  }
  a.outbox.length = 0;
  b.outbox.length = 0;
}

/** True when both peers hold exactly the same changes of every document. */
export function sameState(a: Peer, b: Peer): boolean {
  const ids = new Set([...a.docs.keys(), ...b.docs.keys()]);
  for (const id of ids) {
    if (!Y.equalSnapshots(Y.snapshot(a.doc(id)), Y.snapshot(b.doc(id)))) return false;
  }
  return true;
}

/** A space with both members, set up on one side and synced to the other. */
export function pairedPeers(spaceId: string): [Peer, Peer] {
  const a = new Peer('member-ana', 'Ana');
  const b = new Peer('member-ben', 'Ben');
  initSpace(a.space(spaceId), spaceId);
  setMember(a.space(spaceId), { id: a.memberId, name: a.name, role: 'employee' });
  syncBoth(a, b);
  setMember(b.space(spaceId), { id: b.memberId, name: b.name, role: 'manager' });
  syncBoth(a, b);
  return [a, b];
}

export function openAgenda(peer: Peer, meetingId: string, spaceId: string): Y.Doc {
  const doc = peer.agenda(meetingId);
  initMeetingDoc(doc, meetingId, spaceId);
  return doc;
}

/** Deterministic pseudo-random numbers (mulberry32) so a failing seed can be replayed. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
