import { strFromU8, unzipSync } from 'fflate';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import {
  collectJournal,
  EVERYTHING,
  journalAsJson,
  journalAsMarkdownZip,
} from '../../../renderer/src/features/backup/journalExport';
import { collectMeetings } from '../../../renderer/src/features/backup/meetingsExport';
import type { CheckConfirmations } from '../../../shared/export/journalMeetings';
import { parseJournalJson } from '../../../shared/export/journalJson';
import { appendRichNodes } from '../../../shared/export/richTree';
import { startSeries } from '../../../shared/oneOnOne/series';
import { addActionItem, readAllActionItems } from '../../../shared/schema/actionItems';
import { addTalkingPoint, initMeetingDoc, meetingNotes } from '../../../shared/schema/meeting';
import { meetingDocId, privateNotesDocId, spaceDocId } from '../../../shared/schema/meetingIds';
import { initPrivateNotesDoc, privateMeetingNotes } from '../../../shared/schema/meetingPrivate';
import {
  confirmationMessage,
  readSummaryContent,
  setTextTo,
  summaryAgreed,
  summaryDiscussed,
  summaryVersion,
  writeConfirmation,
  type ConfirmerRole,
} from '../../../shared/schema/meetingSummary';
import { initSpace } from '../../../shared/schema/space';
import { setMember } from '../../../shared/schema/spaceMembers';
import { seededJournal } from './backupFixtures';

/**
 * The journal's JSON export carries each one-on-one meeting's summary and confirmations (issue
 * 17): the texts, the version, each confirmation with its signature and main's verdict on it,
 * read from the real stores; never the private notes. Main's check is played with WebCrypto's
 * Ed25519 over the very message main signs (tests/sync/summaryConfirmation.test.ts runs main's).
 */

const SPACE = 'space-export-1';
const ada = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
const ben = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
const keyOf: Record<ConfirmerRole, CryptoKeyPair> = { employee: ada, manager: ben };
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));

const check: CheckConfirmations = (spaceId, confirmations) =>
  Promise.all(
    confirmations.map((c) =>
      crypto.subtle.verify(
        'Ed25519',
        keyOf[c.role].publicKey,
        unhex(c.signature),
        confirmationMessage({ ...c, spaceId }) as Uint8Array<ArrayBuffer>,
      ),
    ),
  );

async function confirm(
  space: Y.Doc,
  meetingId: string,
  role: ConfirmerRole,
  signWith: CryptoKeyPair,
  fields: { version: string; at: number; name: string; paraphrase: string | null },
) {
  const message = confirmationMessage({
    ...fields,
    spaceId: SPACE,
    meetingId,
    role,
  }) as Uint8Array<ArrayBuffer>;
  const signature = hex(await crypto.subtle.sign('Ed25519', signWith.privateKey, message));
  writeConfirmation(space, meetingId, role, { ...fields, signature });
}

const open: AppServices[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.store.closeAll();
});

async function withDocs(services: AppServices, ids: string[], change: (docs: Y.Doc[]) => Promise<void>) {
  const opened = ids.map((id) => services.store.open(id));
  try {
    await Promise.all(opened.map(([d]) => d.ready));
    await change(opened.map(([d]) => d.doc));
  } finally {
    for (const [, release] of opened) release();
  }
}

describe('meetings in the JSON export', () => {
  it('exports the summary and each confirmation with its signature and whether it checks, never the private notes', async () => {
    const services = await seededJournal();
    open.push(services);
    let meetingId = '';
    await withDocs(services, [spaceDocId(SPACE)], ([space]) => {
      initSpace(space!, SPACE);
      setMember(space!, { id: 'ada', name: 'Ada', role: 'employee' });
      setMember(space!, { id: 'ben', name: 'Ben', role: 'manager' });
      meetingId = startSeries(space!, SPACE, '2026-03-02', Date.UTC(2026, 2, 1));
      return Promise.resolve();
    });
    await withDocs(
      services,
      [spaceDocId(SPACE), meetingDocId(meetingId), privateNotesDocId(meetingId)],
      async ([space, agenda, notes]) => {
        initMeetingDoc(agenda!, meetingId, SPACE);
        initPrivateNotesDoc(notes!, meetingId);
        appendRichNodes(privateMeetingNotes(notes!), [
          { type: 'paragraph', content: [{ type: 'text', text: 'PRIVATE-CANARY salary worries' }] },
        ]);
        addTalkingPoint(agenda!, {
          id: 'p1',
          text: 'Promotion criteria',
          authorId: 'ada',
          authorName: 'Ada',
          createdAt: 1,
        });
        appendRichNodes(meetingNotes(agenda!), [
          { type: 'paragraph', content: [{ type: 'text', text: 'We read the rubric together.' }] },
        ]);
        addActionItem(space!, {
          id: 'a1',
          meetingId,
          text: 'Draft the case',
          ownerId: 'ada',
          dueDate: '2026-03-09',
          createdAt: 2,
          createdBy: 'ada',
        });
        setTextTo(summaryDiscussed(agenda!), 'The levels rubric.');
        setTextTo(summaryAgreed(agenda!), 'Ada drafts, Ben reviews.');
        const version = summaryVersion(readSummaryContent(agenda!, readAllActionItems(space!), meetingId));
        const at = Date.UTC(2026, 2, 2, 11);
        await confirm(space!, meetingId, 'employee', ada, { version, at, name: 'Ada', paraphrase: null });
        // Someone wrote a "manager" confirmation signed with Ada's key: it must not count as Ben's.
        await confirm(space!, meetingId, 'manager', ada, { version, at, name: 'Ben', paraphrase: 'Forged' });
      },
    );

    const exportJson = async () => {
      const { items } = await collectJournal(services.store, services.vault.doc, EVERYTHING, {});
      const meetings = await collectMeetings(services.store, services.vault, check);
      return strFromU8(journalAsJson(services.vault.doc, items, new Date('2026-03-03'), meetings));
    };
    const text = await exportJson();
    expect(text).not.toContain('PRIVATE-CANARY');
    const [meeting, ...others] = parseJournalJson(text).meetings ?? [];
    expect(others).toEqual([]);
    expect(meeting).toMatchObject({
      spaceId: SPACE,
      meetingId,
      date: '2026-03-02',
      talkingPoints: [{ text: 'Promotion criteria', authorName: 'Ada', discussed: false }],
      sharedNotes: ['We read the rubric together.'],
      actionItems: [{ text: 'Draft the case', ownerName: 'Ada', dueDate: '2026-03-09', done: false }],
      summary: { discussed: 'The levels rubric.', agreed: 'Ada drafts, Ben reviews.' },
    });
    expect(meeting!.confirmations.map((c) => [c.role, c.name, c.signatureChecked, c.state])).toEqual([
      ['employee', 'Ada', true, 'confirmed'],
      ['manager', 'Ben', false, 'signature-does-not-check'],
    ]);
    expect(meeting!.confirmations[0]!.version).toBe(meeting!.summary.version);
    expect(meeting!.confirmations[0]!.signature).toMatch(/^[0-9a-f]{128}$/);

    // The Markdown export: a file per meeting, the summary, and only the checked confirmation
    // reading as confirmed; never the private notes.
    const { items } = await collectJournal(services.store, services.vault.doc, EVERYTHING, {});
    const zip = unzipSync(
      journalAsMarkdownZip(
        services.vault.doc,
        items,
        new Date('2026-03-03'),
        await collectMeetings(services.store, services.vault, check),
      ),
    );
    const meetingFiles = Object.keys(zip).filter((path) => path.includes('/one-on-ones/'));
    expect(meetingFiles).toEqual([`tandem-journal-2026-03-03/one-on-ones/2026-03-02-${meetingId}.md`]);
    const markdown = strFromU8(zip[meetingFiles[0]!]!);
    for (const phrase of [
      '# One-on-one on 2026-03-02',
      '1. Promotion criteria',
      'We read the rubric together.',
      '- [ ] Draft the case (Ada), due 2026-03-09',
      '### What we discussed\n\nThe levels rubric.',
      '### What we agreed\n\nAda drafts, Ben reviews.',
      '- Ada confirmed this summary on 2026-03-02: “This is what I heard.”',
      '- A confirmation under Ben’s role does not carry their signature and is left out.',
    ])
      expect(markdown).toContain(phrase);
    expect(markdown).not.toContain('Ben confirmed');
    expect(markdown).not.toContain('Forged');
    for (const file of Object.values(zip)) expect(strFromU8(file)).not.toContain('PRIVATE-CANARY');

    // An edit after confirming: Ada's confirmation names the older version, and says so.
    await withDocs(services, [meetingDocId(meetingId)], ([agenda]) => {
      setTextTo(summaryAgreed(agenda!), 'Ada drafts, Ben reviews by Friday.');
      return Promise.resolve();
    });
    const after = parseJournalJson(await exportJson()).meetings?.[0];
    expect(after?.summary.agreed).toBe('Ada drafts, Ben reviews by Friday.');
    expect(after?.confirmations[0]).toMatchObject({
      role: 'employee',
      signatureChecked: true,
      state: 'changed',
    });
  });
});
