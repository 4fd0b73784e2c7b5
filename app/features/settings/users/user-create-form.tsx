import { useTranslation } from 'react-i18next';
import type { FormEvent } from 'react';
import { createUserBody } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormValues } from '../../../hooks/use-form-values.ts';
import { createUser } from '../admin-api.ts';
import { FormFooter } from '../form-footer.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { validate } from '../validate.ts';

const blank = { email: '', name: '', password: '' };

/** Creates a user through POST /api/admin/users: passwords never go through the sync layer. */
export function UserCreateForm() {
  const { t } = useTranslation('settings');
  const { values, setValues, set } = useFormValues(blank);
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createUserBody, values);
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => createUser(checked.data),
      (refusal) => {
        // 409: that email is taken, so the message belongs next to the email.
        const field = refusal.field ?? (refusal.status === 409 ? 'email' : 'form');
        return { [field in blank ? field : 'form']: refusal.message };
      },
    );
    if (!sent) return;
    setValues((current) => (current === values ? blank : current));
    setDone(t('users.created', { name: checked.data.name, email: checked.data.email }));
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <TextField label={t('users.email')} type="email" autoComplete="off" value={values.email} onChange={set('email')} error={errors.email} />
        <TextField label={t('name')} autoComplete="off" value={values.name} onChange={set('name')} error={errors.name} />
        <TextField
          label={t('users.password')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          hint={t('users.passwordHint')}
        />
      </div>
      <FormFooter error={errors.form} busy={busy} busyLabel={t('creating')} success={done}>
        {t('users.createButton')}
      </FormFooter>
    </form>
  );
}
