import type { QueryResultType } from '@rocicorp/zero';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { updateConfigArgs } from '../../../../schema/mutators/settings-args.ts';
import type { queries } from '../../../../schema/queries/index.ts';
import type { Platform, PlayerMode } from '../../../../schema/schema.ts';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { RadioGroup } from '../../../components/radio-group.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { FormFooter } from '../form-footer.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';
import { PlatformChoices } from './platform-choices.tsx';
import { playerModeOptions } from './player-modes.ts';

export type AppConfig = NonNullable<QueryResultType<ReturnType<typeof queries.config.current>>>;

/** What the form holds: numbers as typed, so a half-typed one is not lost. */
type Draft = {
  playerMode: PlayerMode;
  gamificationOpenPerUser: string;
  gamificationStickyPerUser: string;
  allowedPlatforms: Platform[];
  accountQuota: string;
  imagesEnabled: boolean;
};

const draftOf = (c: AppConfig): Draft => ({
  playerMode: c.playerMode,
  gamificationOpenPerUser: String(c.gamificationOpenPerUser),
  gamificationStickyPerUser: String(c.gamificationStickyPerUser),
  allowedPlatforms: [...c.allowedPlatforms],
  accountQuota: String(c.accountQuota),
  imagesEnabled: c.imagesEnabled,
});

/** A whole number as typed, or NaN so the contract says what is wrong. */
const whole = (s: string) => (s.trim() === '' || !/^\d+$/.test(s.trim()) ? Number.NaN : Number(s));

/**
 * Edits the configuration. Until the person changes something, the form follows the live
 * row (another superadmin's save shows at once); after, it keeps their edits until saved.
 */
export function ConfigForm({ config }: { config: AppConfig }) {
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
    const checked = validate(updateConfigArgs, {
      ...draft,
      gamificationOpenPerUser: whole(draft.gamificationOpenPerUser),
      gamificationStickyPerUser: whole(draft.gamificationStickyPerUser),
      accountQuota: whole(draft.accountQuota),
    });
    if (!checked.ok) return setErrors(wholeNumberWords(checked.errors));
    const sent = await send(
      () => run(mutators.config.update(checked.data)),
      (refusal) => refusalErrors(refusal, ['gamificationOpenPerUser', 'gamificationStickyPerUser', 'allowedPlatforms', 'accountQuota']),
    );
    if (!sent) return;
    setEdits(undefined);
    setDone('Saved. Everyone’s Parley follows the new configuration now.');
  }

  const gamification = draft.playerMode === 'gamification';
  return (
    <form className="settings-page" onSubmit={onSubmit} noValidate>
      <SettingsPanel title="Player mode" description="How the Player hands out messages to agents (PLY-1 to PLY-3).">
        <div className="settings-form">
          <RadioGroup
            legend="Mode"
            value={draft.playerMode}
            options={playerModeOptions}
            onChange={(v) => change({ playerMode: v as PlayerMode })}
          />
          {gamification && (
            <div className="settings-form__row" data-testid="gamification-numbers">
              <TextField
                label="Open messages per user"
                inputMode="numeric"
                value={draft.gamificationOpenPerUser}
                onChange={(v) => change({ gamificationOpenPerUser: v })}
                error={errors.gamificationOpenPerUser}
                hint="How many open messages each active user holds at a time."
              />
              <TextField
                label="Returning customers per user"
                inputMode="numeric"
                value={draft.gamificationStickyPerUser}
                onChange={(v) => change({ gamificationStickyPerUser: v })}
                error={errors.gamificationStickyPerUser}
                hint="A customer goes back to whoever answered them last, up to this many per user."
              />
            </div>
          )}
        </div>
      </SettingsPanel>
      <SettingsPanel title="Accounts" description="What team admins may add (ORG-4).">
        <div className="settings-form">
          <PlatformChoices value={draft.allowedPlatforms} onChange={(allowedPlatforms) => change({ allowedPlatforms })} error={errors.allowedPlatforms} />
          <div className="settings-form__row">
            <TextField
              label="Account quota"
              inputMode="numeric"
              value={draft.accountQuota}
              onChange={(v) => change({ accountQuota: v })}
              error={errors.accountQuota}
              hint="Accounts allowed in total (deleted ones do not count). Past it, admins are told to ask for more."
            />
          </div>
        </div>
      </SettingsPanel>
      <SettingsPanel title="Replies">
        <CheckboxField
          label="Images in replies"
          checked={draft.imagesEnabled}
          onChange={(imagesEnabled) => change({ imagesEnabled })}
          hint="Offer Pixel, the image editor, in replies and macros (PIX-1)."
        />
      </SettingsPanel>
      <FormFooter
        error={errors.form}
        busy={busy}
        busyLabel="Saving…"
        disabled={!edits}
        success={done}
        extra={
          edits && (
            <button type="button" className="button button--ghost" onClick={() => setEdits(undefined)}>
              Discard changes
            </button>
          )
        }
      >
        Save configuration
      </FormFooter>
    </form>
  );
}

/** zod says "expected number, received NaN" for a blank or non-numeric field; say it for people. */
function wholeNumberWords(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    out[field] = message && /expected number|NaN/i.test(message) ? 'Enter a whole number.' : message;
  }
  return out;
}
