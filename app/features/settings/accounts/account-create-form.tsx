import type { FormEvent } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { createAccountArgs } from '../../../../schema/mutators/settings-args.ts';
import { platformName } from '../../../components/platform-badge.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormValues } from '../../../hooks/use-form-values.ts';
import { FormFooter } from '../form-footer.tsx';
import { useAppConfig } from '../use-app-config.ts';
import { useFormSubmit } from '../use-form-submit.ts';
import { useManageableTeams } from '../use-manageable-teams.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';

// Two-step approval is not built yet, so it is not offered; new accounts start without it.
const blank = { teamId: '', platform: '', name: '', handle: '' };

type Props = { activeCount: number | undefined };

/** Only allowed platforms are offered; past the quota the server's message is shown. */
export function AccountCreateForm({ activeCount }: Props) {
  const run = useRunMutation();
  const { teams } = useManageableTeams('account.manage');
  const [config] = useAppConfig();
  const { values, setValues, set } = useFormValues(blank);
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  const teamId = values.teamId || (teams.length === 1 ? teams[0]!.id : '');
  const platforms = config?.allowedPlatforms ?? [];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const missing: FieldErrors = {};
    if (!teamId) missing.teamId = 'Choose the team that owns the account.';
    if (!values.platform) missing.platform = 'Choose the platform.';
    const checked = validate(createAccountArgs, { ...values, teamId, id: crypto.randomUUID() });
    if (!checked.ok || Object.keys(missing).length > 0) {
      return setErrors({ ...(checked.ok ? {} : checked.errors), ...missing });
    }
    const sent = await send(
      () => run(mutators.account.create(checked.data)),
      (refusal) => refusalErrors(refusal, ['teamId', 'platform', 'name', 'handle']),
    );
    if (!sent) return;
    setValues((current) => (current === values ? { ...blank, teamId: values.teamId } : current));
    setDone(`${checked.data.name} added. Enter its credentials, then connect it.`);
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      {config && (
        <p className="note">
          {activeCount !== undefined && `${activeCount} of ${config.accountQuota} accounts in use. `}Allowed platforms:{' '}
          {platforms.map(platformName).join(', ') || 'none'} (set in Configuration).
        </p>
      )}
      <div className="settings-form__row">
        <SelectField
          label="Team"
          value={teamId}
          onChange={set('teamId')}
          placeholder="Choose a team…"
          options={teams.map((t) => ({ value: t.id, label: t.label }))}
          error={errors.teamId}
          hint="An account stays in its team for good."
        />
        <SelectField
          label="Platform"
          value={values.platform}
          onChange={set('platform')}
          placeholder={platforms.length ? 'Choose a platform…' : 'No platform is allowed'}
          options={platforms.map((p) => ({ value: p, label: platformName(p) }))}
          error={errors.platform}
        />
      </div>
      <div className="settings-form__row">
        <TextField label="Account name" value={values.name} onChange={set('name')} error={errors.name} hint="As agents will see it." />
        <TextField label="Handle" value={values.handle} onChange={set('handle')} error={errors.handle} hint="@name, page or phone number (optional)." />
      </div>
      <FormFooter error={errors.form} busy={busy} busyLabel="Adding…" success={done}>
        Add account
      </FormFooter>
    </form>
  );
}
