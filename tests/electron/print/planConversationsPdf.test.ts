import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPlanPdf } from '../../../electron/main/print/exportPlanPdf';
import {
  exportPlanPdfArgsSchema,
  meetingsFromSearch,
  planPrintPath,
  type PlanPrintRequest,
} from '../../../shared/ipc/contract';
import { signedFromSearch } from '../../../shared/ipc/meetingPdfIpc';

/**
 * The plan's PDF with the one-on-ones that discussed it, main's side: each space's
 * confirmations are checked with that space's keys, only the signatures that check reach the
 * print address, and a check that throws (or no sharing) lets none through.
 */

const sig = (c: string) => c.repeat(128);
const confirmation = (role: 'employee' | 'manager', signature: string) => ({
  role,
  version: 'c'.repeat(64),
  at: 1_767_000_000_000,
  name: role === 'employee' ? 'Sam' : 'Maya',
  paraphrase: null,
  signature,
});
const args = exportPlanPdfArgsSchema.parse({
  planId: 'plan-1',
  pageSize: 'A4',
  includeAcknowledgement: false,
  conversations: [
    { spaceId: 'space-a', meetingId: 'm-1', confirmations: [confirmation('employee', sig('a'))] },
    {
      spaceId: 'space-a',
      meetingId: 'm-2',
      confirmations: [confirmation('employee', sig('b')), confirmation('manager', sig('d'))],
    },
    { spaceId: 'space-b', meetingId: 'm-3', confirmations: [confirmation('manager', sig('e'))] },
  ],
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-plan-conversations-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function printer() {
  const requests: PlanPrintRequest[] = [];
  return {
    requests,
    print: (request: PlanPrintRequest) => {
      requests.push(request);
      return Promise.resolve({
        pdf: new TextEncoder().encode('%PDF-1.7 plan %%EOF'),
        ownerName: 'Sam',
        planTitle: 'Lead a project',
      });
    },
  };
}

describe('the plan PDF’s conversations in main', () => {
  it('checks each space once and passes on only the signatures that check', async () => {
    const p = printer();
    const calls: { spaceId: string; meetings: string[] }[] = [];
    const path = join(dir, 'plan.pdf');
    const result = await exportPlanPdf(args, {
      print: p.print,
      verify: (spaceId, stored) => {
        calls.push({ spaceId, meetings: stored.map((c) => c.meetingId) });
        // Space a: the employee's signatures check, the "manager" one does not; space b throws.
        if (spaceId === 'space-b') return Promise.reject(new Error('no key for that peer'));
        return Promise.resolve(stored.map((c) => c.role === 'employee'));
      },
      chooseSavePath: () => Promise.resolve(path),
    });
    expect(result).toEqual({ status: 'saved', path });
    expect(calls).toEqual([
      { spaceId: 'space-a', meetings: ['m-1', 'm-2', 'm-2'] },
      { spaceId: 'space-b', meetings: ['m-3'] },
    ]);
    const request = p.requests[0]!;
    expect(request.signed).toEqual([sig('a'), sig('b')]);
    expect(request.meetings).toEqual([
      { spaceId: 'space-a', meetingId: 'm-1' },
      { spaceId: 'space-a', meetingId: 'm-2' },
      { spaceId: 'space-b', meetingId: 'm-3' },
    ]);
    // The address the print window loads carries exactly those, and reads back the same.
    const search = new URLSearchParams(planPrintPath(request).split('?')[1]);
    expect(meetingsFromSearch(search.get('meetings'))).toEqual(request.meetings);
    expect(signedFromSearch(search.get('signed'))).toEqual([sig('a'), sig('b')]);
    expect(new TextDecoder().decode(await readFile(path))).toContain('%PDF');
  });

  it('lets no confirmation through without sharing, and an older window’s request prints no section', async () => {
    const p = printer();
    await exportPlanPdf(args, { print: p.print, chooseSavePath: () => Promise.resolve(join(dir, 'a.pdf')) });
    expect(p.requests[0]!.signed).toEqual([]);
    const { conversations: _, ...older } = args;
    await exportPlanPdf(older, { print: p.print, chooseSavePath: () => Promise.resolve(join(dir, 'b.pdf')) });
    expect(planPrintPath(p.requests[1]!)).toBe('/print/plans/plan-1?size=A4&ack=0');
  });

  it('reads no meeting from a malformed address part', () => {
    expect(meetingsFromSearch('space-a.m-1,bad,a.b.c,../x.y,space-b.m-3')).toEqual([
      { spaceId: 'space-a', meetingId: 'm-1' },
      { spaceId: 'space-b', meetingId: 'm-3' },
    ]);
  });
});
