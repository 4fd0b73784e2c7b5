import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './format-relative-time.ts';

describe('formatRelativeTime', () => {
  const now = new Date(2025, 5, 15, 12, 0, 0).getTime();

  it('says now under a minute, also for clocks slightly ahead', () => {
    expect(formatRelativeTime(now - 59_000, now)).toBe('now');
    expect(formatRelativeTime(now + 5_000, now)).toBe('now');
  });

  it('counts whole minutes, hours and days', () => {
    expect(formatRelativeTime(now - 60_000, now)).toBe('1m');
    expect(formatRelativeTime(now - 59 * 60_000 - 59_000, now)).toBe('59m');
    expect(formatRelativeTime(now - 3 * 3_600_000, now)).toBe('3h');
    expect(formatRelativeTime(now - 2 * 86_400_000, now)).toBe('2d');
  });

  it('falls back to a date after a week', () => {
    expect(formatRelativeTime(now - 30 * 86_400_000, now)).not.toMatch(/^\d+[mhd]$/);
  });
});
