import { platformLabels } from '../../schema/mutators/platforms.ts';
import type { Platform } from '../../schema/schema.ts';

/** The platform's name as people write it, from its shared descriptor. */
export function platformName(platform: Platform): string {
  return platformLabels[platform];
}

/** Simple marks drawn for Parley (not the platforms' logos), recognisable by color and shape. */
function Glyph({ platform }: { platform: Platform }) {
  switch (platform) {
    case 'facebook':
      return <span className="platform__letter">f</span>;
    case 'x':
      return <span className="platform__letter">X</span>;
    case 'api':
      return <span className="platform__letter platform__letter--small">{'{}'}</span>;
    case 'instagram':
      return (
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <rect x="2.5" y="2.5" width="11" height="11" rx="3.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="8" cy="8" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="11.3" cy="4.7" r="0.9" fill="currentColor" />
        </svg>
      );
    case 'whatsapp':
      return (
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M8 2.3a5.7 5.7 0 0 0-4.9 8.6l-.8 2.8 2.9-.8A5.7 5.7 0 1 0 8 2.3Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
      );
  }
}

type Props = { platform: Platform; size?: 'small' | 'large' };

/** The platform as a colored mark; its name is the accessible label and the tooltip. */
export function PlatformBadge({ platform, size = 'small' }: Props) {
  const name = platformName(platform);
  return (
    <span className={`platform platform--${platform} platform--${size}`} role="img" aria-label={name} title={name}>
      <Glyph platform={platform} />
    </span>
  );
}
