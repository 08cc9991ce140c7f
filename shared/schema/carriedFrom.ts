import { z } from 'zod';
import { isoDateSchema } from './dates';
import { isDate, isId } from './recordChecks';

/**
 * Where a carried record came from: the meeting that was closed, its date, and the record there.
 * Talking points (meeting.ts) and action items (actionItems.ts) carry it.
 */
export const carriedFromSchema = z.object({
  meetingId: z.string().min(1),
  meetingDate: isoDateSchema,
  recordId: z.string().min(1),
});
export type CarriedFrom = z.infer<typeof carriedFromSchema>;

export function isCarriedFrom(v: unknown): v is CarriedFrom {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return isId(c.meetingId) && isDate(c.meetingDate) && isId(c.recordId);
}
