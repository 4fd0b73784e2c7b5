import { describe, expect, it } from 'vitest';
import { platforms } from '../tables/enums.ts';
import { canReplyOn, descriptorOf } from './index.ts';

describe('platform descriptors', () => {
  it('describe every platform, and only one that can connect shows webhook details or takes a callback URL', () => {
    for (const p of platforms) {
      const d = descriptorOf(p);
      expect(d.label.length).toBeGreaterThan(0);
      expect(canReplyOn(p)).toBe(d.canReply);
      if (!d.canConnect) expect({ webhook: d.webhook, callbackUrl: d.callbackUrl }).toEqual({ webhook: 'none', callbackUrl: false });
      if (d.canReply) expect(d.replyModes.length).toBeGreaterThan(0);
    }
  });

  it('check the API channel’s credentials: a web callback URL and named secrets', () => {
    const { credentials } = descriptorOf('api');
    expect(credentials.safeParse({ callbackUrl: 'https://platform.example/parley', credentials: { apiKey: 'k' } }).success).toBe(true);
    const bad = credentials.safeParse({ callbackUrl: 'not a url' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual(['Enter the full callback URL, starting with http:// or https://.']);
  });

  it('drop a callback URL for a platform that takes none', () => {
    expect(descriptorOf('x').credentials.parse({ callbackUrl: 'https://elsewhere.example/', credentials: { token: 't' } })).toEqual({ credentials: { token: 't' } });
  });

  it('count text as the platform does (the API channel: code points, an emoji is one)', () => {
    const api = descriptorOf('api');
    expect(api.countText('héllo 👋')).toBe(7);
    expect(api.textLimit).toBeGreaterThan(0);
  });
});
