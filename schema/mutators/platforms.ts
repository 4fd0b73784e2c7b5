import { platformDescriptors } from '../platforms/index.ts';
import type { Platform } from '../schema.ts';

/** How people write each platform's name. */
export const platformLabels = Object.fromEntries(
  Object.entries(platformDescriptors).map(([platform, d]) => [platform, d.label]),
) as Record<Platform, string>;
