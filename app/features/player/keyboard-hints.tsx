import { useTranslation } from 'react-i18next';

const hints = [
  ['j', 'next'],
  ['k', 'previous'],
  ['Enter', 'open'],
  ['r', 'reply'],
  ['Esc', 'back'],
] as const;

/** The Player's shortcuts, always in sight at the bottom of the list. */
export function KeyboardHints() {
  const { t } = useTranslation('player');
  return (
    <p className="keyboard-hints">
      <span className="visually-hidden">{t('keys.label')} </span>
      {hints.map(([key, action]) => (
        <span key={key} className="keyboard-hints__hint">
          <kbd>{key}</kbd> {t(`keys.${action}`)}
        </span>
      ))}
    </p>
  );
}
