import { describe, expect, it } from 'vitest';
import { actionItemSchema, isActionItem } from '../../../shared/schema/actionItems';
import { isMeetingSummary, meetingSummarySchema } from '../../../shared/schema/meetingIndex';

/** The hand-written read checks must accept exactly what the zod schemas accept. */

const meeting = {
  id: 'm1',
  date: '2026-03-02',
  career: false,
  previousId: null,
  createdAt: 1,
  closedAt: null,
  closedBy: null,
  searchText: '',
  sharedAtClose: [],
};
const action = {
  id: 'a1',
  meetingId: 'm1',
  text: 'Send the slides',
  ownerId: 'me',
  dueDate: '2026-03-09',
  createdAt: 1,
  createdBy: 'me',
  doneAt: null,
  carriedFrom: { meetingId: 'm0', meetingDate: '2026-02-23', recordId: 'a0' },
  carriedTo: null,
  removed: false,
};

const meetingVariants: Record<string, unknown>[] = [
  meeting,
  { ...meeting, closedAt: 5, closedBy: 'me', previousId: 'm0', career: true },
  { ...meeting, id: '' },
  { ...meeting, date: '2026-02-31' },
  { ...meeting, date: '2026-3-2' },
  { ...meeting, career: 'yes' },
  { ...meeting, createdAt: 1.5 },
  { ...meeting, closedAt: '5' },
  { ...meeting, searchText: null },
  { ...meeting, previousId: '' },
  { ...meeting, sharedAtClose: ['item:a', 'item:b'] },
  { ...meeting, sharedAtClose: 'item:a' },
  { ...meeting, sharedAtClose: [1] },
  { ...meeting, sharedAtClose: Array.from({ length: 501 }, () => 'x') },
];
const actionVariants: Record<string, unknown>[] = [
  action,
  { ...action, dueDate: null, carriedFrom: null, doneAt: 9, carriedTo: 'm2', removed: true },
  { ...action, text: '   ' },
  { ...action, text: 'x'.repeat(501) },
  { ...action, ownerId: '' },
  { ...action, dueDate: '2026-13-01' },
  { ...action, carriedFrom: { meetingId: 'm0', meetingDate: 'soon', recordId: 'a0' } },
  { ...action, carriedFrom: 'm0' },
  { ...action, removed: 0 },
  { ...action, doneAt: -0.5 },
];

describe('read-side checks of the space document', () => {
  it('agree with the meeting schema', () => {
    for (const v of meetingVariants)
      expect([v, isMeetingSummary(v)]).toEqual([v, meetingSummarySchema.safeParse(v).success]);
  });
  it('agree with the action item schema', () => {
    for (const v of actionVariants)
      expect([v, isActionItem(v)]).toEqual([v, actionItemSchema.safeParse(v).success]);
  });
});
