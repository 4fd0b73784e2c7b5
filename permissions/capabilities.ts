/**
 * The role matrix of PRODUCT.md, as data. Code asks `can(role, capability)`; it never
 * compares role names itself.
 */
export const roles = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const capabilities = [
  'message.read',
  'message.reply',
  'note.add',
  'ticket.transfer',
  'reply.sendWithoutApproval',
  'reply.approve',
  'macro.manage',
  'account.manage',
  'member.manage',
] as const;
export type Capability = (typeof capabilities)[number];

const everyone: readonly Capability[] = ['message.read', 'message.reply', 'note.add', 'ticket.transfer'];
const supervisors: readonly Capability[] = [
  ...everyone,
  'reply.sendWithoutApproval',
  'reply.approve',
  'macro.manage',
];

const matrix: Record<Role, ReadonlySet<Capability>> = {
  agent: new Set(everyone),
  supervisor: new Set(supervisors),
  admin: new Set([...supervisors, 'account.manage', 'member.manage']),
};

export function can(role: Role | undefined, capability: Capability): boolean {
  return role !== undefined && matrix[role].has(capability);
}

/** ORG-6: passwords have at least this many characters. */
export const PASSWORD_MIN_LENGTH = 8;
