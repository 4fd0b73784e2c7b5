type Props = { id: string; hint?: string; error?: string };

/** A field's hint and error, with the ids its input points at through aria-describedby. */
export function FieldMessages({ id, hint, error }: Props) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}
