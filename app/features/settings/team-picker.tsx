import { SelectField } from '../../components/select-field.tsx';
import type { ManageableTeam } from './use-manageable-teams.ts';

type Props = { teams: readonly ManageableTeam[]; value: string; onChange: (teamId: string) => void; label?: string; hint?: string };

/** Chooses which team a page works on; only teams the user may manage are offered. */
export function TeamPicker({ teams, value, onChange, label = 'Team', hint }: Props) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      hint={hint}
      placeholder="Choose a team…"
      options={teams.map((t) => ({ value: t.id, label: t.label }))}
    />
  );
}
