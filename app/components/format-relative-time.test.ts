import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { formatRelativeTime } from './format-relative-time.ts';

describe('formatRelativeTime', () => {
  const now = new Date(2025, 5, 15, 12, 0, 0).getTime();
  const en = { t: i18n.getFixedT('en'), locale: 'en-US' };
  const tr = { t: i18n.getFixedT('tr'), locale: 'tr-TR' };

  it('says now under a minute, also for clocks slightly ahead', () => {
    expect(formatRelativeTime(now - 59_000, now, en)).toBe('now');
    expect(formatRelativeTime(now + 5_000, now, en)).toBe('now');
    expect(formatRelativeTime(now - 1_000, now, tr)).toBe('şimdi');
  });

  it('counts whole minutes, hours and days', () => {
    expect(formatRelativeTime(now - 60_000, now, en)).toBe('1m');
    expect(formatRelativeTime(now - 59 * 60_000 - 59_000, now, en)).toBe('59m');
    expect(formatRelativeTime(now - 3 * 3_600_000, now, en)).toBe('3h');
    expect(formatRelativeTime(now - 2 * 86_400_000, now, en)).toBe('2d');
    expect(formatRelativeTime(now - 3 * 3_600_000, now, tr)).toBe('3 sa');
    expect(formatRelativeTime(now - 2 * 86_400_000, now, tr)).toBe('2 gün');
  });

  it('falls back to a date in the language after a week', () => {
    const then = new Date(2025, 4, 1, 12).getTime();
    expect(formatRelativeTime(then, now, en)).toBe('May 1');
    expect(formatRelativeTime(then, now, tr)).toBe('1 May');
  });
});
