import { describe, expect, it } from 'vitest';
import { type Actor, canInTeam, canManageGlobalSettings, visibleTeams } from './access.ts';
import { type Capability, can, roles } from './capabilities.ts';

// The role matrix of PRODUCT.md, row by row.
const expected: Record<Capability, [agent: boolean, supervisor: boolean, admin: boolean]> = {
  'message.read': [true, true, true],
  'message.reply': [true, true, true],
  'note.add': [true, true, true],
  'ticket.transfer': [true, true, true],
  'reply.sendWithoutApproval': [false, true, true],
  'reply.approve': [false, true, true],
  'macro.manage': [false, true, true],
  'account.manage': [false, false, true],
  'member.manage': [false, false, true],
};

describe('can(role, capability)', () => {
  for (const [capability, [agent, supervisor, admin]] of Object.entries(expected) as [Capability, boolean[]][]) {
    it(`${capability}: agent ${agent}, supervisor ${supervisor}, admin ${admin}`, () => {
      expect(can('agent', capability)).toBe(agent);
      expect(can('supervisor', capability)).toBe(supervisor);
      expect(can('admin', capability)).toBe(admin);
      expect(can(undefined, capability)).toBe(false);
    });
  }
});

const actor = (over: Partial<Actor> = {}): Actor => ({
  userID: 'u1',
  isSuperadmin: false,
  disabled: false,
  roles: new Map([['support', 'agent' as const]]),
  ...over,
});

describe('canInTeam', () => {
  it('allows a member only in their own team', () => {
    expect(canInTeam(actor(), 'support', 'message.reply')).toBe(true);
    expect(canInTeam(actor(), 'sales', 'message.reply')).toBe(false);
  });
  it('uses the role of that team, not another one', () => {
    const a = actor({ roles: new Map([['support', 'agent'], ['sales', 'admin']]) });
    expect(canInTeam(a, 'support', 'account.manage')).toBe(false);
    expect(canInTeam(a, 'sales', 'account.manage')).toBe(true);
  });
  it('lets the superadmin do everything everywhere', () => {
    const s = actor({ isSuperadmin: true, roles: new Map() });
    expect(canInTeam(s, 'sales', 'member.manage')).toBe(true);
    expect(canManageGlobalSettings(s)).toBe(true);
    expect(visibleTeams(s)).toBe('all');
  });
  it('refuses everything to a disabled user, superadmin or not', () => {
    expect(canInTeam(actor({ disabled: true }), 'support', 'message.read')).toBe(false);
    expect(canManageGlobalSettings(actor({ disabled: true, isSuperadmin: true }))).toBe(false);
    expect(visibleTeams(actor({ disabled: true }))).toEqual(new Set());
  });
  it('refuses global settings to team admins', () => {
    expect(canManageGlobalSettings(actor({ roles: new Map([['support', 'admin']]) }))).toBe(false);
  });
  it('refuses everything without an actor', () => {
    expect(canInTeam(undefined, 'support', 'message.read')).toBe(false);
    expect(visibleTeams(undefined)).toEqual(new Set());
  });
});

describe('roles named in SQL', () => {
  it('member.manage belongs to admin alone, as migrations/0004_access_grants.sql assumes for the user directory', () => {
    expect(roles.filter((role) => can(role, 'member.manage'))).toEqual(['admin']);
  });
});
