import type { Platform } from '../schema.ts';

/** How people write each platform's name. */
export const platformLabels: Record<Platform, string> = {
  api: 'API',
  facebook: 'Facebook',
  instagram: 'Instagram',
  whatsapp: 'WhatsApp',
  x: 'X',
};
