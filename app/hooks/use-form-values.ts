import { useState } from 'react';

/**
 * A form's values as one object, with `set(field)`: the change handler of one field. Each
 * change applies to the latest values, so quick edits to two fields both stay.
 */
export function useFormValues<T extends object>(initial: T) {
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof T>(field: K) =>
    (value: T[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  return { values, setValues, set };
}
