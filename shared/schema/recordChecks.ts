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

/**
 * Reads one kind of record: the fields older copies of the app did not write yet take their
 * defaults, fields a newer version added are left out, and what is left must pass `check`.
 */
export function recordReader<T>(
  defaults: Record<string, unknown>,
  keys: readonly string[],
  check: (value: Record<string, unknown>) => value is T & Record<string, unknown>,
): (record: Record<string, unknown> | null | undefined) => T | null {
  return (record) => {
    if (!record) return null;
    const value = pickFields({ ...defaults, ...record }, keys);
    return check(value) ? value : null;
  };
}

/** The records that read, in no particular order. */
export function readableRecords<T>(
  records: Iterable<Record<string, unknown>>,
  read: (record: Record<string, unknown>) => T | null,
): T[] {
  const out: T[] = [];
  for (const record of records) {
    const value = read(record);
    if (value !== null) out.push(value);
  }
  return out;
}
