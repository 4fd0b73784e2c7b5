/** "member.setRole" -> "changed a member's role"; unknown actions fall back to their name. */
const verbs: Record<string, string> = {
  create: 'created',
  add: 'added',
  update: 'changed',
  delete: 'deleted',
  remove: 'removed',
  disable: 'disabled',
  enable: 'enabled',
  connect: 'connected',
  setRole: 'changed the role of',
  setSuperadmin: 'changed the superadmin role of',
  setPassword: 'set the password of',
  setCredentials: 'set the credentials of',
};

const nouns: Record<string, string> = {
  team: 'a team',
  user: 'a user',
  profile: 'a user',
  member: 'a member',
  team_member: 'a member',
  teamMember: 'a member',
  account: 'an account',
  category: 'a category',
  tag: 'a tag',
  customerType: 'a customer type',
  customer_type: 'a customer type',
  gender: 'a gender',
  config: 'the configuration',
  app_config: 'the configuration',
  appConfig: 'the configuration',
};

export function auditActionInWords(action: string, entity: string): string {
  const [scope, verb] = action.includes('.') ? action.split('.', 2) : [entity, action];
  const noun = nouns[entity] ?? nouns[scope ?? ''] ?? entity;
  const said = verbs[verb ?? ''];
  return said ? `${said} ${noun}` : `${action} (${noun})`;
}
