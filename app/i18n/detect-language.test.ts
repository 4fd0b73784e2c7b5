import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('keeps a stored choice over the browser', () => {
    expect(detectLanguage({ stored: 'en', browser: ['tr-TR'] })).toBe('en');
    expect(detectLanguage({ stored: 'tr', browser: ['en-US'] })).toBe('tr');
  });
  it('reads Turkish from the browser when nothing valid is stored', () => {
    expect(detectLanguage({ stored: null, browser: ['tr-TR', 'en'] })).toBe('tr');
    expect(detectLanguage({ stored: 'de', browser: ['tr'] })).toBe('tr');
  });
  it('falls back to English for any other browser language', () => {
    expect(detectLanguage({ stored: undefined, browser: ['de-DE', 'tr'] })).toBe('en');
    expect(detectLanguage({ stored: null, browser: [] })).toBe('en');
    expect(detectLanguage({ stored: null, browser: ['tra'] })).toBe('en');
  });
});
