import { describe, expect, it } from 'vitest';
import {
  carriedRecordId,
  firstMeetingId,
  isMeetingOfSpace,
  meetingDocId,
  meetingIdOfDoc,
  privateNotesDocId,
  successorMeetingId,
} from '../../../shared/schema/meetingIds';

describe('meeting ids', () => {
  it('are url-safe, stable and distinct per input', () => {
    const first = firstMeetingId('spaceA');
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(firstMeetingId('spaceA')).toBe(first);
    expect(firstMeetingId('spaceB')).not.toBe(first);
    expect(successorMeetingId(first)).not.toBe(first);
    expect(carriedRecordId(first, 'p1')).not.toBe(carriedRecordId(first, 'p2'));
    expect(carriedRecordId(first, 'p1')).not.toBe(carriedRecordId(successorMeetingId(first), 'p1'));
  });

  it('tell which space a meeting belongs to from the ids alone', () => {
    let id = firstMeetingId('spaceA');
    for (let i = 0; i < 300; i++) id = successorMeetingId(id);
    const started = performance.now();
    expect(isMeetingOfSpace('spaceA', id)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(isMeetingOfSpace('spaceB', id)).toBe(false);
    expect(isMeetingOfSpace('spaceA', 'someRandomId')).toBe(false);
  });

  it('name agenda and private-notes documents apart', () => {
    expect(meetingIdOfDoc(meetingDocId('abc'))).toBe('abc');
    expect(meetingIdOfDoc(privateNotesDocId('abc'))).toBeNull();
    expect(meetingIdOfDoc('item:abc')).toBeNull();
    expect(meetingIdOfDoc('meeting:')).toBeNull();
  });
});
