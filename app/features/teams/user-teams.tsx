import type { CurrentUser } from './use-current-user.ts';

const SHOWN = 2;

type Props = { memberships: CurrentUser['memberships'] };

/** The teams the user is in, with their role in each; the rest behind "+N". */
export function UserTeams({ memberships }: Props) {
  if (memberships.length === 0) return <span className="teams teams--none">No team</span>;
  const named = memberships.map((m) => ({ id: m.id, team: m.team?.displayName || m.team?.name || 'Team', role: m.role }));
  const all = named.map((m) => `${m.team} (${m.role})`).join(', ');
  return (
    <ul className="teams" aria-label="Your teams" title={all}>
      {named.slice(0, SHOWN).map((m) => (
        <li key={m.id} className="chip">
          {m.team}
          <span className="chip__role">{m.role}</span>
        </li>
      ))}
      {named.length > SHOWN && (
        <li className="chip" aria-label={`and ${named.length - SHOWN} more: ${all}`}>
          +{named.length - SHOWN}
        </li>
      )}
    </ul>
  );
}
