type Props = { message: string | undefined };

/** "Saved"-style confirmation under a form, announced politely to screen readers. */
export function FormSuccess({ message }: Props) {
  return (
    <p className="form-success" role="status">
      {message ?? ''}
    </p>
  );
}
