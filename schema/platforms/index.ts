import type { Platform } from '../schema.ts';

/**
 * What the rest of Parley may know about a platform, shared by the settings forms, the reply
 * box and the server. A connector that learns to do something flips its flag here, and the
 * reply box and delivery follow together.
 */
export type PlatformDescriptor = {
  /** How people write the platform's name. */
  label: string;
  /** Parley can send a reply on this platform's accounts today. */
  canReply: boolean;
};

export const platformDescriptors: Record<Platform, PlatformDescriptor> = {
  api: { label: 'API', canReply: true },
  facebook: { label: 'Facebook', canReply: false },
  instagram: { label: 'Instagram', canReply: false },
  whatsapp: { label: 'WhatsApp', canReply: false },
  x: { label: 'X', canReply: false },
};

export function canReplyOn(platform: Platform): boolean {
  return platformDescriptors[platform]?.canReply ?? false;
}
