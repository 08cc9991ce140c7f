import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { addDays, isoDateAt } from '../shared/schema/dates';
import { addTalkingPoint, initMeetingDoc, meetingNotes, setPointDiscussed } from '../shared/schema/meeting';
import { firstMeetingId, meetingDocId, spaceDocId, successorMeetingId } from '../shared/schema/meetingIds';
import { appendBlocks } from '../shared/schema/richText';
import { initSpace } from '../shared/schema/space';
import { addActionItem, updateActionItem } from '../shared/schema/actionItems';
import { addMeeting, markMeetingClosed } from '../shared/schema/meetingIndex';
import { updateSeriesSettings } from '../shared/schema/seriesSettings';
import { setMember } from '../shared/schema/spaceMembers';
import { startHarness, type Harness } from '../tests/e2e/harness';
import { appStateReady } from '../tests/e2e/harness/appState';
import { summarise, type Summary } from './stats';

/**
 * Opening a one-on-one with 250 past meetings in its series (issue 5, target < 100 ms): a
 * space whose index holds 251 meetings and 1,004 action items, and 251 agenda documents of five
 * talking points and a page of notes each, put in the profile through the disk mirror. Per run:
 * a fresh load of the app, the journal ready, then navigate to the series and time until the
 * current meeting is on screen with its points and an editable shared-notes editor; and the same
 * for a past meeting opened from history. Timed in the page with performance.now().
 *
 * `npm run bench` calls `measureMeetingOpen` with its harness; `node --import tsx
 * bench/meetingBench.ts` runs it alone in an empty profile.
 */

export const MEETING_RUNS = 9;
export const MEETING_TARGET_MS = 100;
export const PAST_MEETINGS = 250;
const POINTS_PER_MEETING = 5;
const ACTIONS_PER_MEETING = 4;
const SPACE_ID = 'benchSpace0001';
const ME = 'bench-member-ana';
const PEER = 'bench-member-ben';

interface GeneratedSeries {
  docs: Map<string, Uint8Array>;
  currentId: string;
  pastId: string;
  actions: number;
}

/** Weekly meetings ending with an open one today; every earlier one closed. */
export function generateSeries(now: number): GeneratedSeries {
  const space = new Y.Doc();
  initSpace(space, SPACE_ID);
  setMember(space, { id: ME, name: 'Ana', role: 'employee' });
  setMember(space, { id: PEER, name: 'Ben', role: 'manager' });
  updateSeriesSettings(space, { cadence: 'weekly', careerQuarterly: true, time: '10:00' });
  const today = isoDateAt(now);
  const docs = new Map<string, Uint8Array>();
  let id = firstMeetingId(SPACE_ID);
  let previous: string | null = null;
  let actions = 0;
  const ids: string[] = [];
  for (let i = 0; i <= PAST_MEETINGS; i++) {
    const date = addDays(today, (i - PAST_MEETINGS) * 7);
    const createdAt = now - (PAST_MEETINGS - i) * 7 * 86_400_000;
    addMeeting(space, { id, date, career: i % 13 === 0, previousId: previous, createdAt });
    const agenda = new Y.Doc();
    initMeetingDoc(agenda, id, SPACE_ID);
    for (let p = 0; p < POINTS_PER_MEETING; p++) {
      addTalkingPoint(agenda, {
        id: `${id}-p${p}`,
        text: `Topic ${p + 1} of meeting ${i + 1}: roadmap, hiring, feedback on the design review`,
        authorId: p % 2 === 0 ? ME : PEER,
        authorName: p % 2 === 0 ? 'Ana' : 'Ben',
        createdAt,
      });
      // Past meetings were talked through: an open point of a closed meeting would be carried
      // into the current one when it opens (late arrivals, shared/oneOnOne/carryOver.ts).
      if (i < PAST_MEETINGS) setPointDiscussed(agenda, `${id}-p${p}`, true);
    }
    appendBlocks(
      meetingNotes(agenda),
      Array.from({ length: 8 }, (_, k) => ({
        type: 'paragraph' as const,
        text: `Notes ${k + 1}: we went through the quarter's goals, what is blocked and who can help; agreed next steps and owners for each.`,
      })),
    );
    docs.set(meetingDocId(id), Y.encodeStateAsUpdate(agenda));
    for (let a = 0; a < ACTIONS_PER_MEETING; a++) {
      const actionId = `${id}-a${a}`;
      addActionItem(space, {
        id: actionId,
        meetingId: id,
        text: `Action ${a + 1} from meeting ${i + 1}`,
        ownerId: a % 2 === 0 ? ME : PEER,
        dueDate: addDays(date, 14),
        createdAt: createdAt + a,
        createdBy: ME,
      });
      if (i < PAST_MEETINGS - 2 || a === 0)
        updateActionItem(space, actionId, { doneAt: createdAt + 86_400_000 });
      actions += 1;
    }
    if (i < PAST_MEETINGS) {
      markMeetingClosed(space, id, ME, createdAt + 3_600_000, `Topic 1 of meeting ${i + 1}: roadmap, hiring`);
    }
    ids.push(id);
    previous = id;
    id = successorMeetingId(id);
  }
  docs.set(spaceDocId(SPACE_ID), Y.encodeStateAsUpdate(space));
  return { docs, currentId: ids.at(-1)!, pastId: ids[Math.floor(PAST_MEETINGS / 2)]!, actions };
}

/**
 * Runs in the page (a string: the app's CSP forbids the string evaluation waitForFunction
 * needs). Navigates and waits with a MutationObserver until the meeting is on screen.
 */
const OPEN_MEETING = `async ({ hash, meetingId, points, timeoutMs }) => {
  const isReady = () => {
    const article = document.querySelector('article[data-meeting-id="' + meetingId + '"]');
    if (!article) return false;
    return article.querySelectorAll('.talking-point').length === points &&
      article.querySelector('[data-testid="shared-notes-editor"][data-ready="true"]') !== null;
  };
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const ready = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Timed out waiting for meeting ' + meetingId));
    }, timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const start = performance.now();
  location.hash = hash;
  const readyAt = await ready;
  await nextFrame();
  return { readyMs: readyAt - start, paintedMs: performance.now() - start };
}`;

interface MeetingOpen {
  readyMs: number;
  paintedMs: number;
}

export interface MeetingReport {
  pastMeetings: number;
  actionItems: number;
  current: { ready: Summary; painted: Summary };
  past: { ready: Summary; painted: Summary };
  targetMs: number;
  verdict: 'PASS' | 'MISS';
}

async function freshJournal(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/journal`);
  // An empty profile (running this file alone) starts with the first-run screen.
  const skip = page.getByRole('button', { name: 'Skip for now' });
  const journal = page.locator('html[data-journal-state="ready"]');
  await skip.or(journal).first().waitFor({ state: 'attached', timeout: 60_000 });
  if (await skip.isVisible()) await skip.click();
  await appStateReady(page, 'journal-state', 60_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function openMeeting(
  page: Page,
  appUrl: string,
  hash: string,
  meetingId: string,
): Promise<MeetingOpen> {
  await freshJournal(page, appUrl);
  const args = JSON.stringify({ hash, meetingId, points: POINTS_PER_MEETING, timeoutMs: 20_000 });
  return page.evaluate<MeetingOpen>(`(${OPEN_MEETING})(${args})`);
}

export async function measureMeetingOpen(harness: Harness, page: Page): Promise<MeetingReport> {
  const series = generateSeries(Date.now());
  for (const [docId, update] of series.docs) await harness.main.mirror.append(docId, update);
  const appUrl = harness.appUrl;
  const currentHash = `#/one-on-ones/${SPACE_ID}`;
  const pastHash = `#/one-on-ones/${SPACE_ID}/meetings/${series.pastId}`;
  // Warm-up: the first opens fill the local store from the disk mirror; not counted.
  await openMeeting(page, appUrl, currentHash, series.currentId);
  await openMeeting(page, appUrl, pastHash, series.pastId);
  const current: MeetingOpen[] = [];
  const past: MeetingOpen[] = [];
  for (let i = 0; i < MEETING_RUNS; i++) {
    current.push(await openMeeting(page, appUrl, currentHash, series.currentId));
    past.push(await openMeeting(page, appUrl, pastHash, series.pastId));
  }
  const ready = summarise(current.map((r) => r.readyMs));
  return {
    pastMeetings: PAST_MEETINGS,
    actionItems: series.actions,
    current: { ready, painted: summarise(current.map((r) => r.paintedMs)) },
    past: { ready: summarise(past.map((r) => r.readyMs)), painted: summarise(past.map((r) => r.paintedMs)) },
    targetMs: MEETING_TARGET_MS,
    verdict: ready.median <= MEETING_TARGET_MS ? 'PASS' : 'MISS',
  };
}

export function describeMeetingReport(report: MeetingReport): string[] {
  const f = (s: Summary) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;
  return [
    `  ${report.pastMeetings} past meetings, ${report.actionItems} action items in the series`,
    `  open the current meeting → on screen, editable: ${f(report.current.ready)}; next frame ${f(report.current.painted)}`,
    `  open a past meeting from history → on screen: ${f(report.past.ready)}; next frame ${f(report.past.painted)}`,
    `  target < ${report.targetMs} ms (median, current meeting) → ${report.verdict}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const harness = await startHarness();
  try {
    const page = harness.context.pages()[0] ?? (await harness.newPage());
    const report = await measureMeetingOpen(harness, page);
    for (const line of describeMeetingReport(report)) process.stdout.write(`${line}\n`);
  } finally {
    await harness.close();
  }
}
