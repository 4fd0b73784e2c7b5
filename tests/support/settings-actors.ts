import type postgres from 'postgres';
import { createUser } from './demo.ts';
import { addMembership, freshTeam } from './settings-fixtures.ts';
import { connectZero, signIn, type TestSession, type ZeroClient } from './zero-client.ts';

/** The six people of the role matrix, seen from one team ("the team" of a case). */
export const actorNames = ['superadmin', 'team admin', 'supervisor', 'agent', 'other team admin', 'disabled'] as const;
export type ActorName = (typeof actorNames)[number];
export type MatrixActor = { name: ActorName; id: string; session: TestSession; client?: ZeroClient };

/** The matrix itself: global settings are the superadmin's; a team's members and accounts also its admins'. */
export const mayDo = (actor: ActorName, scope: 'global' | 'team') => actor === 'superadmin' || (scope === 'team' && actor === 'team admin');

/**
 * Fresh users for each row of the matrix, logged in, each with a Zero client (not the disabled
 * one: it is disabled after logging in, its session kept, to show that a session is not enough).
 */
export async function startActors(sql: postgres.Sql, urls: { url: string; zeroUrl: string }) {
  const otherTeamId = await freshTeam(sql);
  const actors = {} as Record<ActorName, MatrixActor>;
  for (const name of actorNames) {
    const user = await createUser(sql, name === 'other team admin' ? { teamId: otherTeamId, role: 'admin' } : {});
    if (name === 'superadmin' || name === 'disabled') await sql`UPDATE profile SET is_superadmin = true WHERE id = ${user.id}`;
    const session = await signIn(urls.url, user.email, user.password);
    actors[name] = { name, id: user.id, session, client: name === 'disabled' ? undefined : connectZero(urls.zeroUrl, session) };
  }
  await sql`UPDATE profile SET disabled_at = now() WHERE id = ${actors.disabled.id}`;

  /** Makes the case's team: its admin, supervisor and agent, and the disabled user as an admin too. */
  async function teamForCase(): Promise<string> {
    const teamId = await freshTeam(sql);
    await addMembership(sql, teamId, actors['team admin'].id, 'admin');
    await addMembership(sql, teamId, actors.supervisor.id, 'supervisor');
    await addMembership(sql, teamId, actors.agent.id, 'agent');
    await addMembership(sql, teamId, actors.disabled.id, 'admin');
    return teamId;
  }

  const close = () => Promise.all(Object.values(actors).map((a) => a.client?.close()));
  return { actors, teamForCase, close };
}
