import { useTranslation } from 'react-i18next';
import type { QueryResultType } from '@rocicorp/zero';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { updateConfigArgs } from '../../../../schema/mutators/settings-args.ts';
import type { queries } from '../../../../schema/queries/index.ts';
import type { Platform } from '../../../../schema/schema.ts';
import { TextField } from '../../../components/text-field.tsx';
import { FormFooter } from '../form-footer.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';
import { PlatformChoices } from './platform-choices.tsx';

export type AppConfig = NonNullable<QueryResultType<ReturnType<typeof queries.config.current>>>;

/** What the form holds: the quota as typed, so a half-typed number is not lost. */
type Draft = { allowedPlatforms: Platform[]; accountQuota: string };

const draftOf = (c: AppConfig): Draft => ({ allowedPlatforms: [...c.allowedPlatforms], accountQuota: String(c.accountQuota) });

/** A whole number as typed, or NaN so the contract says what is wrong. */
const whole = (s: string) => (s.trim() === '' || !/^\d+$/.test(s.trim()) ? Number.NaN : Number(s));

type Props = { config: AppConfig; accountsInUse: number | undefined };

/**
 * Edits what exists today: the allowed platforms and the account quota. The configuration
 * row also holds the Player mode, the play-on numbers and the image switch; they are not
 * offered (nor sent) until Inbox Zero, Gamification and the image editor exist.
 * Until the person changes something, the form follows the live row (another superadmin's
 * save shows at once); after, it keeps their edits until saved.
 */
export function ConfigForm({ config, accountsInUse }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [edits, setEdits] = useState<Draft>();
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();
  const draft = edits ?? draftOf(config);
  const change = (patch: Partial<Draft>) => {
    setEdits({ ...draft, ...patch });
    setDone(undefined);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(updateConfigArgs, { ...draft, accountQuota: whole(draft.accountQuota) });
    if (!checked.ok) return setErrors(wholeNumberWords(checked.errors, t('config.wholeNumber')));
    // The server refuses a quota below the accounts in use; its words appear under the field.
    const sent = await send(
      () => run(mutators.config.update(checked.data)),
      (refusal) => refusalErrors(refusal, ['allowedPlatforms', 'accountQuota']),
    );
    if (!sent) return;
    setEdits(undefined);
    setDone(t('config.saved'));
  }

  const inUse = accountsInUse === undefined ? '' : ` ${t('config.inUse', { count: accountsInUse })}`;
  return (
    <form className="settings-page" onSubmit={onSubmit} noValidate>
      <SettingsPanel title={t('accounts.title')} description={t('config.accountsNote')}>
        <div className="settings-form">
          <PlatformChoices value={draft.allowedPlatforms} onChange={(allowedPlatforms) => change({ allowedPlatforms })} error={errors.allowedPlatforms} />
          <div className="settings-form__row">
            <TextField
              label={t('config.quota')}
              inputMode="numeric"
              value={draft.accountQuota}
              onChange={(v) => change({ accountQuota: v })}
              error={errors.accountQuota}
              hint={t('config.quotaHint', { inUse })}
            />
          </div>
        </div>
      </SettingsPanel>
      <FormFooter
        error={errors.form}
        busy={busy}
        busyLabel={t('common:saving')}
        disabled={!edits}
        success={done}
        extra={
          edits && (
            <button type="button" className="button button--ghost" onClick={() => setEdits(undefined)}>
              {t('config.discard')}
            </button>
          )
        }
      >
        {t('config.save')}
      </FormFooter>
    </form>
  );
}

/** zod says "expected number, received NaN" for a blank or non-numeric field; say it for people. */
function wholeNumberWords(errors: FieldErrors, words: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    out[field] = message && /expected number|NaN/i.test(message) ? words : message;
  }
  return out;
}
