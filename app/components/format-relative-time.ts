import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The words and the Intl locale of the language on screen (see useFormat). */
export type Locale = { t: TFunction; locale: string };

function shortDate(date: Date, now: number, locale: string): string {
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: sameYear ? undefined : 'numeric' }).format(date);
}

/** Short, dense relative time for lists: "now", "5m", "3h", "2d" ("şimdi", "5 dk", …), then a date. */
export function formatRelativeTime(then: number, now: number, { t, locale }: Locale): string {
  const elapsed = now - then;
  if (elapsed < MINUTE) return t('common:time.now');
  if (elapsed < HOUR) return t('common:time.minutes', { count: Math.floor(elapsed / MINUTE) });
  if (elapsed < DAY) return t('common:time.hours', { count: Math.floor(elapsed / HOUR) });
  if (elapsed < 7 * DAY) return t('common:time.days', { count: Math.floor(elapsed / DAY) });
  return shortDate(new Date(then), now, locale);
}

/** The full date and time, for tooltips. */
export function formatFullTime(then: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}

/** A message's time in a thread: the clock today, the date and clock before. */
export function formatMessageTime(then: number, now: number, locale: string): string {
  const date = new Date(then);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  if (date.toDateString() === new Date(now).toDateString()) return time;
  return `${shortDate(date, now, locale)}, ${time}`;
}
