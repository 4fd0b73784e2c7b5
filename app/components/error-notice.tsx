type Props = {
  title: string;
  message?: string;
  onRetry?: () => void;
};

/** A failure told in words, with a way to try again when there is one. */
export function ErrorNotice({ title, message, onRetry }: Props) {
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice__title">{title}</p>
      {message && <p className="error-notice__message">{message}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
