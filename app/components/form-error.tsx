type Props = {
  /** The reason, in words; nothing is rendered without one. */
  message: string | undefined;
  /** For aria-describedby on what it concerns. */
  id?: string;
  /** Extra classes next to `form-error`. */
  className?: string;
};

/** A form's refusal that belongs to no single field, announced at once to screen readers. */
export function FormError({ message, id, className }: Props) {
  if (!message) return null;
  return (
    <p id={id} className={className ? `form-error ${className}` : 'form-error'} role="alert">
      {message}
    </p>
  );
}
