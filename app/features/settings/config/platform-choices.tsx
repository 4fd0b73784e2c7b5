import { useTranslation } from 'react-i18next';
import { type Platform, platforms } from '../../../../schema/schema.ts';
import { PlatformBadge, platformName } from '../../../components/platform-badge.tsx';

type Props = { value: readonly Platform[]; onChange: (value: Platform[]) => void; error?: string };

/** ORG-4: one checkbox per platform; accounts can be added only on the checked ones. */
export function PlatformChoices({ value, onChange, error }: Props) {
  const { t } = useTranslation('settings');
  const toggle = (p: Platform, on: boolean) => onChange(platforms.filter((x) => (x === p ? on : value.includes(x))));
  return (
    <fieldset className="platform-choices" aria-describedby={error ? 'platform-choices-error' : undefined}>
      <legend>{t('config.allowedPlatforms')}</legend>
      <div className="platform-choices__list">
        {platforms.map((p) => (
          <label key={p} className="platform-choices__choice">
            <input className="platform-choices__checkbox" type="checkbox" checked={value.includes(p)} onChange={(e) => toggle(p, e.target.checked)} />
            <PlatformBadge platform={p} />
            {platformName(p)}
          </label>
        ))}
      </div>
      {error && (
        <p id="platform-choices-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
