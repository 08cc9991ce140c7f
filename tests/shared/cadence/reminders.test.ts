import { describe, expect, it } from 'vitest';
import { reminderSnoozeArgsSchema, reminderSyncArgsSchema } from '../../../shared/cadence/reminderSchemas';
import {
  collectReminders,
  latestReflectionAt,
  planReviewReminderId,
  REFLECTION_REMINDER_ID,
  reminderTarget,
} from '../../../shared/cadence/reminders';
import type { PlanSummary } from '../../../shared/schema/growthIndex';
import type { VaultEntry } from '../../../shared/schema/vault';

const utc = (iso: string) => Date.parse(iso);

function plan(overrides: Partial<PlanSummary>): PlanSummary {
  return {
    id: 'P1',
    title: 'Grow into tech lead',
    goalId: null,
    status: 'active',
    reviewCadence: 'monthly',
    lastReviewedAt: null,
    milestones: [],
    createdAt: utc('2026-05-10T08:00:00Z'),
    updatedAt: utc('2026-05-10T08:00:00Z'),
    deletedAt: null,
    ...overrides,
  };
}

function entry(createdAt: number, deletedAt: number | null = null): VaultEntry {
  return {
    id: `e${createdAt}`,
    kind: 'reflection',
    title: '',
    createdAt,
    updatedAt: createdAt,
    tags: [],
    templateId: 'blank',
    excerpt: '',
    wordCount: 0,
    links: [],
    deletedAt,
  };
}

describe('collecting reminders from the vault', () => {
  it('anchors the reflection on the newest reflection not in the bin', () => {
    const entries = [
      entry(utc('2026-06-01T10:00:00Z')),
      entry(utc('2026-06-03T10:00:00Z')),
      entry(utc('2026-06-05T10:00:00Z'), utc('2026-06-05T11:00:00Z')),
    ];
    expect(latestReflectionAt(entries)).toBe(utc('2026-06-03T10:00:00Z'));
    expect(latestReflectionAt([])).toBeNull();
  });

  it('makes one reflection reminder and one per active plan with a review cadence', () => {
    const reminders = collectReminders({
      reflectionRhythm: 'weekly',
      lastReflectionAt: utc('2026-06-03T10:00:00Z'),
      plans: [
        plan({ id: 'P1', lastReviewedAt: utc('2026-06-02T08:00:00Z') }),
        plan({ id: 'P2', reviewCadence: null }),
        plan({ id: 'P3', status: 'paused' }),
        plan({ id: 'P4', deletedAt: 1 }),
        plan({ id: 'P5', reviewCadence: 'quarterly', title: 'x'.repeat(200) }),
      ],
      timeZone: 'Europe/Berlin',
      preferredTime: '09:00',
      now: utc('2026-06-04T12:00:00Z'),
    });
    expect(reminders.map((r) => [r.id, r.rhythm, new Date(r.dueAt).toISOString()])).toEqual([
      ['reflection', 'weekly', '2026-06-10T07:00:00.000Z'],
      ['plan-review:P1', 'monthly', '2026-07-02T07:00:00.000Z'],
      // Never reviewed: anchored on its creation.
      ['plan-review:P5', 'quarterly', '2026-08-10T07:00:00.000Z'],
    ]);
    // The plan's title is isolated, so a right-to-left title keeps its order in the sentence.
    expect(reminders[1]?.title).toBe('Review your plan: \u2068Grow into tech lead\u2069');
    expect(reminders[2]?.title).toHaveLength(200);
    // What is collected is what the IPC contract accepts.
    expect(
      reminderSyncArgsSchema.safeParse({ reminders, timeZone: 'Europe/Berlin', preferredTime: '09:00' })
        .success,
    ).toBe(true);
  });

  it('makes no reflection reminder without a rhythm', () => {
    expect(
      collectReminders({
        reflectionRhythm: null,
        lastReflectionAt: null,
        plans: [],
        timeZone: 'UTC',
        preferredTime: '09:00',
        now: 0,
      }),
    ).toEqual([]);
  });

  it('maps ids back to what they remind of', () => {
    expect(reminderTarget(REFLECTION_REMINDER_ID)).toEqual({ kind: 'reflection' });
    expect(reminderTarget(planReviewReminderId('abc_-1'))).toEqual({ kind: 'plan-review', planId: 'abc_-1' });
    expect(reminderTarget('plan-review:')).toBeNull();
    expect(reminderTarget('something-else')).toBeNull();
  });
});

describe('reminder IPC payloads', () => {
  const reminder = { id: 'reflection', title: 'Time to reflect', body: '', dueAt: 1, rhythm: 'weekly' };
  const args = { reminders: [reminder], timeZone: 'Asia/Kolkata', preferredTime: '07:30' };

  it('accept a well-formed sync', () => {
    expect(reminderSyncArgsSchema.parse(args)).toEqual(args);
  });

  it('refuse bad ids, zones, times, repeats and oversized lists', () => {
    const bad = (patch: object) => reminderSyncArgsSchema.safeParse({ ...args, ...patch }).success;
    expect(bad({ timeZone: 'Nowhere/Land' })).toBe(false);
    expect(bad({ preferredTime: '7:30' })).toBe(false);
    expect(bad({ reminders: [{ ...reminder, id: 'Reflection' }] })).toBe(false);
    expect(bad({ reminders: [{ ...reminder, id: 'plan-review:../x' }] })).toBe(false);
    expect(bad({ reminders: [{ ...reminder, dueAt: 1.5 }] })).toBe(false);
    expect(bad({ reminders: [{ ...reminder, rhythm: 'daily' }] })).toBe(false);
    expect(bad({ reminders: [{ ...reminder, title: 'x'.repeat(201) }] })).toBe(false);
    expect(bad({ reminders: [reminder, reminder] })).toBe(false);
    const many = Array.from({ length: 501 }, (_, i) => ({ ...reminder, id: `plan-review:p${i}` }));
    expect(bad({ reminders: many })).toBe(false);
    expect(bad({ reminders: many.slice(0, 500) })).toBe(true);
    expect(reminderSnoozeArgsSchema.safeParse({ id: 'reflection', until: -1 }).success).toBe(false);
  });
});
