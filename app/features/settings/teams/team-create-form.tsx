import { useTranslation } from 'react-i18next';
import type { FormEvent } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { createTeamArgs } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormValues } from '../../../hooks/use-form-values.ts';
import { FormFooter } from '../form-footer.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { refusalErrors, validate } from '../validate.ts';

const blank = { name: '', displayName: '', description: '' };

/** Creates a team (mutator `team.create`); the contract's messages show next to each field. */
export function TeamCreateForm() {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const { values, setValues, set } = useFormValues(blank);
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createTeamArgs, { id: crypto.randomUUID(), ...values });
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => run(mutators.team.create(checked.data)),
      (refusal) => refusalErrors(refusal, ['name', 'displayName', 'description']),
    );
    if (!sent) return;
    // Clear only what was sent: the person may have started the next one meanwhile.
    setValues((current) => (current === values ? blank : current));
    setDone(t('teams.created', { name: checked.data.displayName }));
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <TextField label={t('name')} value={values.name} onChange={set('name')} error={errors.name} hint={t('teams.nameHint')} />
        <TextField
          label={t('teams.displayName')}
          value={values.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
          hint={t('teams.displayNameHint')}
        />
      </div>
      <TextField
        label={t('teams.description')}
        multiline
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        hint={t('teams.descriptionHint')}
      />
      <FormFooter error={errors.form} busy={busy} busyLabel={t('creating')} success={done}>
        {t('teams.createButton')}
      </FormFooter>
    </form>
  );
}
