import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  message?: string;
  onRetry?: () => void;
};

/** A failure told in words, with a way to try again when there is one. */
export function ErrorNotice({ title, message, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice__title">{title}</p>
      {message && <p className="error-notice__message">{message}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}
