import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';
import { isoDateSchema } from './dates';

/**
 * The one-on-one series' settings, the space's `series` map: one key per setting, so two people
 * changing different settings at once both keep theirs.
 */

export const cadenceSchema = z.enum(['weekly', 'biweekly', 'monthly']);
export type Cadence = z.infer<typeof cadenceSchema>;
export const cadenceLabels: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, says('validation.time.format'));

export const seriesSettingsSchema = z.object({
  cadence: cadenceSchema,
  /** Every third month one meeting is the career conversation rather than a regular one. */
  careerQuarterly: z.boolean(),
  /** The date of the next meeting, or null before the series has one. */
  nextDate: isoDateSchema.nullable(),
  /** Local time the meeting starts. */
  time: timeOfDaySchema,
  /** How long before the meeting the reminder to add talking points comes; 0 turns it off. */
  reminderMinutes: z
    .number()
    .int()
    .min(0, says('validation.reminder.negative'))
    .max(7 * 24 * 60, says('validation.reminder.tooEarly')),
});
export type SeriesSettings = z.infer<typeof seriesSettingsSchema>;

export const defaultSeriesSettings: SeriesSettings = {
  cadence: 'weekly',
  careerQuarterly: true,
  nextDate: null,
  time: '10:00',
  reminderMinutes: 60,
};

export const seriesMap = (doc: Y.Doc) => doc.getMap<unknown>('series');

export function readSeriesSettings(doc: Y.Doc): SeriesSettings {
  const out: Record<string, unknown> = { ...defaultSeriesSettings };
  const stored = seriesMap(doc);
  for (const key of Object.keys(defaultSeriesSettings) as (keyof SeriesSettings)[]) {
    const field = seriesSettingsSchema.shape[key].safeParse(stored.get(key));
    if (field.success) out[key] = field.data;
  }
  return out as unknown as SeriesSettings;
}

/** Validates the changed settings and writes only those keys; throws before writing if invalid. */
export function updateSeriesSettings(doc: Y.Doc, patch: Partial<SeriesSettings>): void {
  const valid = seriesSettingsSchema.partial().parse(patch);
  doc.transact(() => {
    // A key given as undefined means "leave it", not "clear it".
    for (const [key, value] of Object.entries(valid) as [string, unknown][]) {
      if (value !== undefined && seriesMap(doc).get(key) !== value) seriesMap(doc).set(key, value);
    }
  });
}
