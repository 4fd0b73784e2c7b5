import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field.tsx';
import type { ManageableTeam } from './use-manageable-teams.ts';

type Props = { teams: readonly ManageableTeam[]; value: string; onChange: (teamId: string) => void; label?: string; hint?: string };

/** Chooses which team a page works on; only teams the user may manage are offered. */
export function TeamPicker({ teams, value, onChange, label, hint }: Props) {
  const { t } = useTranslation('settings');
  return (
    <SelectField
      label={label ?? t('team')}
      value={value}
      onChange={onChange}
      hint={hint}
      placeholder={t('chooseTeam')}
      options={teams.map((t) => ({ value: t.id, label: t.label }))}
    />
  );
}
