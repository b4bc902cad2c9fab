/** Organization roles, lowest first: the order decides which source wins. */
export const ROLES = ['Guest', 'User', 'Admin'] as const;
export type Role = (typeof ROLES)[number];

/** Nobody said anything: not the IdP, no group, no admin. */
export const DEFAULT_ROLE: Role = 'User';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Unknown strings are ignored rather than trusted: a typo in the IdP must never grant a role. */
export function highestRole(candidates: readonly (string | null | undefined)[]): Role | null {
  let best = -1;
  for (const candidate of candidates) {
    if (isRole(candidate)) best = Math.max(best, ROLES.indexOf(candidate));
  }
  return best < 0 ? null : ROLES[best];
}

/**
 * The rule of docs/roles.md as a SQL expression over three column expressions, so a recompute of many users is one
 * statement: the highest of the groups' role and the IdP's role; if neither, the manual role; else User.
 */
export function effectiveRoleSql(groupRole: string, idpRole: string, manualRole: string): string {
  const highest = [...ROLES]
    .reverse()
    .map((role) => `when '${role}' in (${groupRole}, ${idpRole}) then '${role}'`)
    .join(' ');
  return `coalesce(case ${highest} end, ${manualRole}, '${DEFAULT_ROLE}')`;
}

export type RoleDecidedBy = 'groups' | 'idp' | 'manual' | 'default';

/** Which source gave the role (ties between groups and the IdP are credited to the groups). */
export function decidedBy(groupRole: Role | null, idpRole: Role | null, manualRole: Role | null): RoleDecidedBy {
  const fromInputs = highestRole([groupRole, idpRole]);
  if (fromInputs) return fromInputs === groupRole ? 'groups' : 'idp';
  return manualRole ? 'manual' : 'default';
}
