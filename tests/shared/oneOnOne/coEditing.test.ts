import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTalkingPoint,
  editTalkingPoint,
  meetingNotes,
  moveTalkingPoint,
  readTalkingPoints,
  removeTalkingPoint,
  setPointDiscussed,
} from '../../../shared/schema/meeting';
import { fragmentToPlainText } from '../../../shared/schema/richText';
import { openAgenda, Peer, sameState, seededRandom } from './twoPeers';

/**
 * Two people editing one agenda at once — talking points and the shared notes — with their
 * updates delivered late, out of order and twice: both copies end the same, with every point
 * either added once or removed, and every word typed into the notes present.
 */

const MEETING = 'meeting-1';
const SPACE = 'space-1';

function paragraph(doc: Y.Doc): Y.XmlText {
  const notes = meetingNotes(doc);
  if (notes.length === 0) {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText()]);
    notes.insert(0, [p]);
  }
  const first = notes.get(0) as Y.XmlElement;
  return first.get(0) as Y.XmlText;
}

function runSeed(seed: number): void {
  const random = seededRandom(seed);
  const peers = [new Peer('ana', 'Ana'), new Peer('ben', 'Ben')] as const;
  const docId = `meeting:${MEETING}`;
  const [a, b] = peers;
  // One side writes the first paragraph; the other receives it before either types.
  paragraph(openAgenda(a, MEETING, SPACE));
  b.receive(docId, Y.encodeStateAsUpdate(a.doc(docId)));
  a.outbox.length = 0;
  const inFlight: { to: Peer; update: Uint8Array }[] = [];
  const typed: string[] = [];
  for (let step = 0; step < 40; step++) {
    const peer = peers[Math.floor(random() * 2)] ?? a;
    const agenda = openAgenda(peer, MEETING, SPACE);
    const points = readTalkingPoints(agenda);
    const pick = points[Math.floor(random() * points.length)];
    const roll = random();
    if (roll < 0.3) {
      addTalkingPoint(agenda, {
        id: `${peer.memberId}-${step}`,
        text: `Point ${step}`,
        authorId: peer.memberId,
        authorName: peer.name,
        createdAt: step,
      });
    } else if (roll < 0.45 && pick) {
      moveTalkingPoint(agenda, pick.id, Math.floor(random() * points.length));
    } else if (roll < 0.55 && pick) {
      setPointDiscussed(agenda, pick.id, !pick.discussed);
    } else if (roll < 0.62 && pick) {
      editTalkingPoint(agenda, pick.id, `${pick.text}!`);
    } else if (roll < 0.67 && pick) {
      removeTalkingPoint(agenda, pick.id);
    } else {
      const word = `${peer.name.toLowerCase()}${step}`;
      const text = paragraph(agenda);
      // At either end, so no later insertion lands inside a word (Yjs never interleaves the
      // characters of two concurrent insertions; the test only needs words it can find).
      text.insert(random() < 0.5 ? 0 : text.length, ` ${word} `);
      typed.push(word);
    }
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const { update } of from.outbox.splice(0)) {
        inFlight.push({ to, update });
        if (random() < 0.2) inFlight.push({ to, update });
      }
    }
    const deliver = Math.floor(random() * (inFlight.length + 1));
    for (let i = 0; i < deliver; i++) {
      const [message] = inFlight.splice(Math.floor(random() * inFlight.length), 1);
      if (message) message.to.receive(docId, message.update);
    }
  }
  while (inFlight.length > 0) {
    const [message] = inFlight.splice(Math.floor(random() * inFlight.length), 1);
    if (message) message.to.receive(docId, message.update);
  }
  if (!sameState(a, b)) throw new Error('the two copies differ');
  const pa = readTalkingPoints(a.doc(docId));
  expect(pa).toEqual(readTalkingPoints(b.doc(docId)));
  expect(new Set(pa.map((p) => p.id)).size).toBe(pa.length);
  const notes = fragmentToPlainText(meetingNotes(a.doc(docId)));
  expect(notes).toBe(fragmentToPlainText(meetingNotes(b.doc(docId))));
  for (const word of typed) expect(notes).toContain(word);
}

describe('two people co-editing one agenda', () => {
  it('converge on points and notes under 100 seeded interleavings', () => {
    for (let seed = 1; seed <= 100; seed++) {
      try {
        runSeed(seed);
      } catch (error) {
        throw new Error(`seed ${seed} failed (replay with runSeed(${seed})): ${String(error)}`, {
          cause: error,
        });
      }
    }
    // A hundred full two-peer runs: about 2 s on a quiet machine, more than 5 under load.
  }, 30_000);
});
