import { describe, expect, it } from 'vitest';
import { actorOf, canInTeam } from './access.ts';

describe('actorOf', () => {
  it('builds roles per team from memberships', () => {
    const actor = actorOf({ id: 'u1', isSuperadmin: false, disabledAt: null }, [{ teamId: 't1', role: 'admin' }]);
    expect(actor).toEqual({ userID: 'u1', isSuperadmin: false, disabled: false, roles: new Map([['t1', 'admin']]) });
    expect(canInTeam(actor, 't1', 'account.manage')).toBe(true);
    expect(canInTeam(actor, 't2', 'message.read')).toBe(false);
  });

  it('marks a profile with a disabled time as disabled, whatever its roles', () => {
    const actor = actorOf({ id: 'u1', isSuperadmin: true, disabledAt: 1_700_000_000_000 }, [{ teamId: 't1', role: 'admin' }]);
    expect(actor.disabled).toBe(true);
    expect(canInTeam(actor, 't1', 'message.read')).toBe(false);
  });
});
