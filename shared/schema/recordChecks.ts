import { isRealDate } from './dates';

/*
 * Read-side checks equivalent to the zod schemas of the space's records (a test holds them
 * together). Opening a meeting reads every meeting and action of the series; under the app's
 * Content-Security-Policy zod cannot compile its validators, and parsing a thousand records
 * through it took a large share of the 100 ms budget. Writes still go through zod.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isInt = (v: unknown): v is number => Number.isInteger(v);
export const isText = (v: unknown): v is string => typeof v === 'string';
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v) && isRealDate(v);

/** Only the schema's fields, so a record written by a newer version carries no extras along. */
export const pickFields = <K extends string>(v: Record<string, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, v[k]])) as Record<K, unknown>;
