import { daysBetween, type IsoDate } from '../../../../shared/schema/dates';

// Calendar dates and months are days on the user's calendar, not instants: they are formatted in
// UTC so no time zone can shift them by a day. Formatters are built once (Intl's are costly).
const calendarDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const calendarDayWithYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const localDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const localDayWithYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const utc = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);

/** "Tue, 3 Dec" for a due date this year; "3 Dec 2027" otherwise. */
export function formatDueDate(date: IsoDate, today: IsoDate): string {
  return date.slice(0, 4) === today.slice(0, 4)
    ? calendarDay.format(utc(date))
    : calendarDayWithYear.format(utc(date));
}

/** "Due today", "Due tomorrow", "Due in 5 days". */
export function dueInText(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days <= 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${days} days`;
}

/** "1 day overdue", "12 days overdue". */
export function overdueText(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(date, today);
  return `${days} ${days === 1 ? 'day' : 'days'} overdue`;
}

/** "Mar" for a "2026-03" month key: a chart axis label. */
export const formatShortMonth = (month: string): string => shortMonth.format(utc(`${month}-01`));

/** "March 2026" for a "2026-03" month key: table rows and summaries. */
export const formatLongMonth = (month: string): string => longMonth.format(utc(`${month}-01`));

/** The local day of an instant (when a milestone was marked done): "25 Nov", with the year if not this one. */
export const formatInstantDay = (ms: number, today: IsoDate): string =>
  new Date(ms).getFullYear() === Number(today.slice(0, 4))
    ? localDay.format(ms)
    : localDayWithYear.format(ms);

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
