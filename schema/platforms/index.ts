import type { Platform } from '../schema.ts';
import { apiPlatform } from './api.ts';
import { notConnectedYet, type PlatformDescriptor } from './descriptor.ts';

export type { CredentialsBody, PlatformDescriptor } from './descriptor.ts';

/** One descriptor per platform; adding a platform adds its file here and its adapter on the server. */
export const platformDescriptors: Record<Platform, PlatformDescriptor> = {
  api: apiPlatform,
  facebook: notConnectedYet('Facebook'),
  instagram: notConnectedYet('Instagram'),
  whatsapp: notConnectedYet('WhatsApp'),
  x: notConnectedYet('X'),
};

export function descriptorOf(platform: Platform): PlatformDescriptor {
  return platformDescriptors[platform];
}

export function canReplyOn(platform: Platform): boolean {
  return platformDescriptors[platform]?.canReply ?? false;
}
