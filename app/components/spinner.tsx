/** A small decorative spinner; pair it with words (see LoadingState). */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
