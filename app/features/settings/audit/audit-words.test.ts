import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { auditActionInWords } from './audit-words.ts';

describe('auditActionInWords', () => {
  it('reads registry names as sentences', () => {
    expect(auditActionInWords('team.create', 'team')).toBe('created a team');
    expect(auditActionInWords('member.setRole', 'team_member')).toBe('changed the role of a member');
    expect(auditActionInWords('config.update', 'app_config')).toBe('changed the configuration');
  });
  it('falls back to the raw name for actions it does not know', () => {
    expect(auditActionInWords('account.archive', 'account')).toBe('account.archive (an account)');
  });
  it('says it in Turkish with the noun in the case the verb needs', () => {
    const tr = i18n.getFixedT('tr');
    expect(auditActionInWords('team.create', 'team', tr)).toBe('bir ekip oluşturdu');
    expect(auditActionInWords('member.setRole', 'team_member', tr)).toBe('bir üyenin rolünü değiştirdi');
    expect(auditActionInWords('account.delete', 'account', tr)).toBe('bir hesabı sildi');
  });
});
