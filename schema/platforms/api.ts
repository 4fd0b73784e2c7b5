import { z } from 'zod';
import { countCodePoints, type PlatformDescriptor, secretRecord } from './descriptor.ts';

/** The API channel's credentials: where replies go, and any named secrets of the platform. */
export const apiCredentials = z.object({
  callbackUrl: z.url('Enter the full callback URL, starting with http:// or https://.').optional(),
  credentials: secretRecord.optional(),
});

/** The API channel (README, "API channel"): signed webhooks in, signed POSTs to the callback URL out. */
export const apiPlatform: PlatformDescriptor = {
  label: 'API',
  canReply: true,
  canConnect: true,
  webhook: 'signed-secret',
  callbackUrl: true,
  credentials: apiCredentials,
  textLimit: 10_000,
  countText: countCodePoints,
  replyModes: ['dm', 'reply'],
  replyWindowHours: null,
};
