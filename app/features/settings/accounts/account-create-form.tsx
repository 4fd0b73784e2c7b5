import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('settings');
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
    if (!teamId) missing.teamId = t('accounts.chooseTeam');
    if (!values.platform) missing.platform = t('accounts.choosePlatform');
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
    setDone(t('accounts.added', { name: checked.data.name }));
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      {config && (
        <p className="note">
          {activeCount !== undefined && `${t('accounts.inUse', { count: activeCount, quota: config.accountQuota })} `}
          {t('accounts.allowed', { platforms: platforms.map(platformName).join(', ') || t('accounts.none') })}
        </p>
      )}
      <div className="settings-form__row">
        <SelectField
          label={t('team')}
          value={teamId}
          onChange={set('teamId')}
          placeholder={t('chooseTeam')}
          options={teams.map((t) => ({ value: t.id, label: t.label }))}
          error={errors.teamId}
          hint={t('accounts.teamHint')}
        />
        <SelectField
          label={t('accounts.platform')}
          value={values.platform}
          onChange={set('platform')}
          placeholder={platforms.length ? t('accounts.choosePlatformPlaceholder') : t('accounts.noPlatform')}
          options={platforms.map((p) => ({ value: p, label: platformName(p) }))}
          error={errors.platform}
        />
      </div>
      <div className="settings-form__row">
        <TextField label={t('accounts.name')} value={values.name} onChange={set('name')} error={errors.name} hint={t('accounts.nameHint')} />
        <TextField label={t('accounts.handle')} value={values.handle} onChange={set('handle')} error={errors.handle} hint={t('accounts.handleHint')} />
      </div>
      <FormFooter error={errors.form} busy={busy} busyLabel={t('common:adding')} success={done}>
        {t('accounts.addButton')}
      </FormFooter>
    </form>
  );
}
