import { type FormEvent, useState } from 'react';
import { createUserBody } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { createUser } from '../admin-api.ts';
import { FormSuccess } from '../form-success.tsx';
import { type FieldErrors, validate } from '../validate.ts';

const blank = { email: '', name: '', password: '' };

/** Creates a user through POST /api/admin/users: passwords never go through the sync layer. */
export function UserCreateForm() {
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const set = (field: keyof typeof blank) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createUserBody, values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const result = await createUser(checked.data);
    setBusy(false);
    if (!result.ok) {
      // 409: that email is taken, so the message belongs next to the email.
      const field = result.field ?? (result.status === 409 ? 'email' : 'form');
      return setErrors({ [field in blank ? field : 'form']: result.message });
    }
    setValues((current) => (current === values ? blank : current));
    setDone(`${checked.data.name} can now log in as ${checked.data.email}. Add them to a team next.`);
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <TextField label="Email" type="email" autoComplete="off" value={values.email} onChange={set('email')} error={errors.email} />
        <TextField label="Name" autoComplete="off" value={values.name} onChange={set('name')} error={errors.name} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          hint="At least 8 characters."
        />
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create user'}
        </button>
        <FormSuccess message={done} />
      </div>
    </form>
  );
}
