import type { TFunction } from 'i18next';
import { i18n } from '../../../i18n/i18n.ts';

const englishT = i18n.getFixedT('en');

/** Entity names as recorded (tables, registry scopes) -> the key of their noun in `audit:nouns`. */
const nounKeys: Record<string, string> = {
  team: 'team',
  user: 'user',
  profile: 'user',
  member: 'member',
  team_member: 'member',
  teamMember: 'member',
  account: 'account',
  category: 'category',
  tag: 'tag',
  customerType: 'customerType',
  customer_type: 'customerType',
  gender: 'gender',
  config: 'config',
  app_config: 'config',
  appConfig: 'config',
};

/**
 * "member.setRole" -> "changed the role of a member" ("bir üyenin rolünü değiştirdi"). Each
 * verb is a whole phrase per language, with its noun in the case that language needs
 * (Turkish: accusative, genitive); unknown actions fall back to their name.
 */
export function auditActionInWords(action: string, entity: string, t: TFunction = englishT): string {
  const [scope, verb] = action.includes('.') ? action.split('.', 2) : [entity, action];
  const nounKey = nounKeys[entity] ?? nounKeys[scope ?? ''];
  const noun = nounKey
    ? {
        noun: t(`audit:nouns.${nounKey}.plain`),
        nounAcc: t(`audit:nouns.${nounKey}.acc`),
        nounGen: t(`audit:nouns.${nounKey}.gen`),
      }
    : { noun: entity, nounAcc: entity, nounGen: entity };
  const verbKey = `audit:verbs.${verb ?? ''}`;
  return verb && i18n.exists(verbKey) ? t(verbKey, noun) : `${action} (${noun.noun})`;
}
