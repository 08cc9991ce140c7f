import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportMeetingPdf } from '../../../electron/main/print/exportMeetingPdf';
import type { MeetingPrintRequest } from '../../../shared/ipc/meetingPdfIpc';
import { meetingPrintPath, signedFromSearch } from '../../../shared/ipc/meetingPdfIpc';

/**
 * A meeting to PDF in main, Electron-free: which signatures reach the print view (only those
 * main's check accepts; none when the check fails or is missing), the file name from the
 * printed title, and the messages when printing or saving fails.
 */

const GOOD = 'a'.repeat(128);
const FORGED = 'b'.repeat(128);
const confirmation = (role: 'employee' | 'manager', signature: string) => ({
  role,
  version: 'c'.repeat(64),
  at: 1_767_000_000_000,
  name: role === 'employee' ? 'Sam' : 'Maya',
  paraphrase: null,
  signature,
});
const args = {
  spaceId: 'space-1',
  meetingId: 'meeting-1',
  pageSize: 'A4' as const,
  confirmations: [confirmation('employee', GOOD), confirmation('manager', FORGED)],
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-meeting-pdf-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function printer() {
  const requests: MeetingPrintRequest[] = [];
  return {
    requests,
    print: (request: MeetingPrintRequest) => {
      requests.push(request);
      return Promise.resolve({
        pdf: new TextEncoder().encode('%PDF-1.7 meeting %%EOF'),
        ownerName: 'Maya · Sam',
        planTitle: 'One-on-one on 8 Dec 2026',
      });
    },
  };
}

describe('a meeting to PDF in main', () => {
  it('prints with only the signatures that check, and saves under the meeting’s title', async () => {
    const p = printer();
    const checked: unknown[] = [];
    const result = await exportMeetingPdf(args, {
      print: p.print,
      verify: (spaceId, stored) => {
        checked.push({ spaceId, meetings: stored.map((c) => c.meetingId) });
        return Promise.resolve(stored.map((c) => c.signature === GOOD));
      },
      chooseSavePath: (name) => Promise.resolve(join(dir, name)),
    });
    expect(checked).toEqual([{ spaceId: 'space-1', meetings: ['meeting-1', 'meeting-1'] }]);
    expect(p.requests.map((r) => r.signed)).toEqual([[GOOD]]);
    expect(result).toEqual({ status: 'saved', path: join(dir, 'One-on-one on 8 Dec 2026.pdf') });
    expect(await readFile(join(dir, 'One-on-one on 8 Dec 2026.pdf'), 'utf8')).toContain('meeting');
    // The print address carries exactly those signatures, and the view reads back only well-formed ones.
    const path = meetingPrintPath(p.requests[0]!);
    expect(path).toBe(`/print/meetings/space-1/meeting-1?size=A4&signed=${GOOD}`);
    expect(signedFromSearch(`${GOOD},not-a-signature,${FORGED}`)).toEqual([GOOD, FORGED]);
  });

  it('fails closed: when the check throws, or there is no sharing, no confirmation prints as confirmed', async () => {
    const p = printer();
    const logged: string[] = [];
    const save = (name: string) => Promise.resolve(join(dir, name));
    await exportMeetingPdf(args, {
      print: p.print,
      verify: () => Promise.reject(new Error('identity locked')),
      chooseSavePath: save,
      log: (m) => logged.push(m),
    });
    await exportMeetingPdf(args, { print: p.print, chooseSavePath: save });
    expect(p.requests.map((r) => r.signed)).toEqual([[], []]);
    expect(logged.join('\n')).toContain('identity locked');
  });

  it('says why printing failed, and writes nothing; a cancelled save writes nothing either', async () => {
    const failed = await exportMeetingPdf(args, {
      print: () => Promise.reject(new Error('the print view could not show the meeting')),
      chooseSavePath: (name) => Promise.resolve(join(dir, name)),
    });
    expect(failed).toEqual({
      status: 'failed',
      message: 'The meeting could not be printed: the print view could not show the meeting',
    });
    const cancelled = await exportMeetingPdf(args, {
      print: printer().print,
      chooseSavePath: () => Promise.resolve(null),
    });
    expect(cancelled).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });
});
