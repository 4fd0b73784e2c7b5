import { describe, expect, it } from 'vitest';
import { pickReplyTarget } from './pick-reply-target.ts';

const thread = [
  { id: 'a', direction: 'in' as const },
  { id: 'b', direction: 'out' as const },
  { id: 'c', direction: 'in' as const },
  { id: 'd', direction: 'out' as const },
];

describe('pickReplyTarget', () => {
  it('replies to the selected inbound message', () => {
    expect(pickReplyTarget(thread, 'a')?.id).toBe('a');
  });

  it('falls back to the newest inbound message', () => {
    expect(pickReplyTarget(thread, undefined)?.id).toBe('c');
    expect(pickReplyTarget(thread, 'b')?.id).toBe('c');
    expect(pickReplyTarget(thread, 'gone')?.id).toBe('c');
  });

  it('has nothing to reply to without inbound messages', () => {
    expect(pickReplyTarget([{ id: 'x', direction: 'out' as const }], undefined)).toBeUndefined();
  });
});
