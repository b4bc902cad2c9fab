import { MikroORM } from '@mikro-orm/postgresql';
import type { Test } from 'supertest';
import { FindEntityByNameQuery } from '@app/org-entities';
import { GROUP_SCHEMA, JsonBody, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

type TargetType = 'team' | 'concurrency_group' | 'sub_organization';

/**
 * One organization seen from both sides, as the mapping specs need it: the IdP pushing users and
 * groups over SCIM, and the admin driving mappings, rules and entities over the admin API.
 */
export class MappingWorld {
  readonly scim: ScimClient;

  private constructor(
    readonly t: TestApp,
    readonly org: TestOrg,
  ) {
    this.scim = ScimClient.of(t, org);
  }

  static async create(t: TestApp, options: { groupProvisioning?: boolean } = {}): Promise<MappingWorld> {
    const world = new MappingWorld(t, await t.createOrg());
    if (options.groupProvisioning !== false) {
      await world.admin('patch', '/api/v1/scim/settings', { groupProvisioningEnabled: true }).expect(200);
    }
    return world;
  }

  admin(method: 'get' | 'post' | 'patch' | 'put' | 'delete', path: string, body?: unknown): Test {
    const request = this.t.http()[method](path).set('Authorization', `Bearer ${this.org.adminToken}`);
    return body === undefined ? request : request.send(body as object);
  }

  async createRule(rule: Record<string, unknown>): Promise<JsonBody> {
    const response = await this.admin('post', '/api/v1/scim/mapping-rules', rule);
    if (response.status !== 201) throw new Error(`createRule: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async users(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await this.scim.createUser(uniqueEmail('member'))).id as string);
    return ids;
  }

  async createGroup(displayName: string, memberIds: string[] = []): Promise<string> {
    const response = await this.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName, members: memberIds.map((value) => ({ value })) });
    if (response.status !== 201) throw new Error(`createGroup ${displayName}: ${response.status} ${JSON.stringify(response.body)}`);
    await this.t.drain();
    return response.body.id as string;
  }

  async addMembers(groupId: string, memberIds: string[]): Promise<void> {
    await this.patchGroup(groupId, [{ op: 'add', path: 'members', value: memberIds.map((value) => ({ value })) }]);
  }

  async removeMembers(groupId: string, memberIds: string[]): Promise<void> {
    await this.patchGroup(groupId, memberIds.map((id) => ({ op: 'remove', path: `members[value eq "${id}"]` })));
  }

  async renameGroup(groupId: string, displayName: string): Promise<void> {
    await this.patchGroup(groupId, [{ op: 'replace', path: 'displayName', value: displayName }]);
  }

  async deleteGroup(groupId: string): Promise<void> {
    const response = await this.scim.delete(`/Groups/${groupId}`);
    if (response.status !== 204) throw new Error(`deleteGroup: ${response.status} ${JSON.stringify(response.body)}`);
    await this.t.drain();
  }

  async mappings(groupId: string): Promise<JsonBody[]> {
    const response = await this.admin('get', `/api/v1/scim/groups/${groupId}/mappings?pageSize=200`).expect(200);
    return response.body.items;
  }

  async reconcile(): Promise<JsonBody> {
    const response = await this.admin('post', '/api/v1/scim/reconcile').expect(200);
    await this.t.drain();
    return response.body;
  }

  /** Corrupts derived state behind the modules' backs, as a lost event or a bad manual fix would. */
  async corrupt(statement: string, params: unknown[] = []): Promise<void> {
    await this.t.app.get(MikroORM).em.getConnection().execute(statement, params);
  }

  private async patchGroup(groupId: string, operations: unknown[]): Promise<void> {
    const response = await this.scim.patch(`/Groups/${groupId}`, operations);
    if (response.status !== 200 && response.status !== 204) throw new Error(`patch group: ${response.status} ${JSON.stringify(response.body)}`);
    await this.t.drain();
  }

  // --- org-entities, through its own admin API ---

  async entityNamed(type: TargetType, name: string): Promise<{ id: string; name: string } | undefined> {
    return ENTITIES.findByName(this, type, name);
  }

  async createEntity(type: TargetType, name: string): Promise<string> {
    return ENTITIES.create(this, type, name);
  }

  async deleteEntity(type: TargetType, id: string): Promise<void> {
    await ENTITIES.delete(this, type, id);
    await this.t.drain();
  }

  async memberIds(type: TargetType, entityId: string): Promise<string[]> {
    return (await ENTITIES.memberIds(this, type, entityId)).sort();
  }

  async removeMemberByHand(type: TargetType, entityId: string, userId: string): Promise<void> {
    await ENTITIES.removeMember(this, type, entityId, userId);
    await this.t.drain();
  }
}

const ENTITY_PATHS: Record<TargetType, string> = { team: 'teams', concurrency_group: 'concurrency-groups', sub_organization: 'sub-organizations' };

/** org-entities, through its public query for name look-ups and its own admin endpoints for the rest. */
const ENTITIES = {
  async findByName(w: MappingWorld, type: TargetType, name: string): Promise<{ id: string; name: string } | undefined> {
    const entity = await w.t.queries.execute(new FindEntityByNameQuery(w.org.organizationId, type, name));
    // Case-insensitive look-up: the specs check exact names.
    return entity && entity.name === name ? entity : undefined;
  },
  async create(w: MappingWorld, type: TargetType, name: string): Promise<string> {
    const response = await w.admin('post', `/api/v1/${ENTITY_PATHS[type]}`, { name });
    if (response.status !== 201) throw new Error(`create ${type} ${name}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  },
  async delete(w: MappingWorld, type: TargetType, id: string): Promise<void> {
    await w.admin('delete', `/api/v1/${ENTITY_PATHS[type]}/${id}`).expect(204);
  },
  async memberIds(w: MappingWorld, type: TargetType, id: string): Promise<string[]> {
    const response = await w.admin('get', `/api/v1/${ENTITY_PATHS[type]}/${id}/members?pageSize=200`).expect(200);
    // The org's default concurrency group holds everyone with nothing else: not what a mapping gave.
    return (response.body.items as { userId: string; source: string }[]).filter((m) => m.source !== 'default').map((m) => m.userId);
  },
  async removeMember(w: MappingWorld, type: TargetType, id: string, userId: string): Promise<void> {
    await w.admin('delete', `/api/v1/${ENTITY_PATHS[type]}/${id}/members/${userId}`).expect(204);
  },
};
