import type { TestApp, TestOrg } from './test-app';
import { GROUP_SCHEMA, LT_GROUP, LT_USER, ScimClient } from './scim-client';

export interface IdpGroupFlow {
  org: TestOrg;
  scim: ScimClient;
  users: Record<string, string>;
  admins: string;
  guests: string;
}

/**
 * What an IdP pushing groups does: users (one with an IdP role), a group carrying LambdatestRoles
 * Admin and one carrying Guest, then members added and removed. `settle` waits until every
 * reaction is applied (the relay alone in-process; the relay and the JetStream consumers when split).
 */
export async function startIdpGroupFlow(t: TestApp, settle: () => Promise<void>): Promise<IdpGroupFlow> {
  const org = await t.createOrg('Acme');
  const enabled = await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
  if (enabled.status !== 200) throw new Error(`group provisioning: ${enabled.status}`);
  const scim = ScimClient.of(t, org);
  const users: Record<string, string> = {};
  for (const [name, role] of [['alice', 'Guest'], ['bob', undefined], ['carol', undefined], ['dave', 'User']] as const) {
    users[name] = (await scim.createUser(`${name}@acme.test`, role ? { schemas: [LT_USER], [LT_USER]: { OrganizationRole: role } } : {})).id as string;
  }
  const group = async (displayName: string, roles: string[], members: string[]) => {
    const response = await scim.post('/Groups', { schemas: [GROUP_SCHEMA, LT_GROUP], displayName, members: members.map((value) => ({ value })), [LT_GROUP]: { LambdatestRoles: roles } });
    if (response.status !== 201) throw new Error(`group ${displayName}: ${response.status}`);
    return response.body.id as string;
  };
  const admins = await group('Admins', ['Admin'], [users.alice, users.bob]);
  const guests = await group('Guests', ['Guest'], [users.carol]);
  await settle();
  return { org, scim, users, admins, guests };
}

/** The second half of the flow: members move between the groups, a group's roles change. */
export async function continueIdpGroupFlow({ scim, users, admins, guests }: IdpGroupFlow): Promise<void> {
  const patches: [string, unknown[]][] = [
    [admins, [{ op: 'add', path: 'members', value: [{ value: users.carol }, { value: users.dave }] }]],
    [admins, [{ op: 'remove', path: `members[value eq "${users.bob}"]` }]],
    [guests, [{ op: 'add', path: 'members', value: [{ value: users.bob }] }]],
    [guests, [{ op: 'replace', path: `${LT_GROUP}:LambdatestRoles`, value: ['Admin'] }]],
    [guests, [{ op: 'replace', path: `${LT_GROUP}:LambdatestRoles`, value: ['Guest'] }]],
    [admins, [{ op: 'remove', path: `members[value eq "${users.alice}"]` }]],
  ];
  for (const [groupId, operations] of patches) {
    const response = await scim.patch(`/Groups/${groupId}`, operations);
    if (response.status >= 300) throw new Error(`PATCH ${groupId}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** userName → effective role, as the admin API shows it (in the split layout answered by the roles service). */
export async function effectiveRolesByUserName(t: TestApp, org: TestOrg): Promise<Record<string, string>> {
  const response = await t.http().get('/api/v1/users?pageSize=200').set('Authorization', `Bearer ${org.adminToken}`);
  if (response.status !== 200) throw new Error(`GET users: ${response.status} ${JSON.stringify(response.body)}`);
  const items = response.body.items as { userName: string; effectiveRole: string }[];
  return Object.fromEntries(items.map((u) => [u.userName, u.effectiveRole]));
}
