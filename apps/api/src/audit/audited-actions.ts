import { QueryBus } from '@nestjs/cqrs';
import { GetConflictQuery } from '@app/assignments';
import { GetMappingQuery, GetMappingRuleQuery, ListMappingRulesQuery } from '@app/mapping-rules';
import { GetEntityQuery } from '@app/org-entities';
import { GetEffectiveRoleQuery } from '@app/roles';
import { GetScimSettingsQuery } from '@app/tenancy';

type Params = Record<string, string>;
type Snapshot = (queries: QueryBus, organizationId: string, params: Params) => Promise<unknown>;

export interface AuditedAction {
  kind: string;
  targetType: string;
  /** Read before and after the action; without it, the response body is the "after". */
  snapshot?: Snapshot;
  /** The path parameter naming the target; else the response body's `id`. */
  targetParam?: string;
}

const settings: Snapshot = async (queries, organizationId) => {
  const view = await queries.execute(new GetScimSettingsQuery(organizationId));
  return { groupProvisioningEnabled: view.groupProvisioningEnabled, token: view.token };
};
const token: Snapshot = async (queries, organizationId) => (await queries.execute(new GetScimSettingsQuery(organizationId))).token;
const mapping: Snapshot = (queries, organizationId, params) => queries.execute(new GetMappingQuery(organizationId, params.id));
const rule: Snapshot = (queries, organizationId, params) => queries.execute(new GetMappingRuleQuery(organizationId, params.id));
const rules: Snapshot = (queries, organizationId) => queries.execute(new ListMappingRulesQuery(organizationId));
const conflict: Snapshot = (queries, organizationId, params) => queries.execute(new GetConflictQuery(organizationId, params.id));
const entity: Snapshot = (queries, organizationId, params) => queries.execute(new GetEntityQuery(organizationId, params.id));
const role: Snapshot = (queries, organizationId, params) => queries.execute(new GetEffectiveRoleQuery(organizationId, params.id));

const ENTITY_ROUTES = ['teams', 'concurrency-groups', 'sub-organizations'];

/** Every admin write, by `METHOD route` as Fastify names the route. */
export const AUDITED_ACTIONS: Record<string, AuditedAction> = {
  'PATCH /api/v1/scim/settings': { kind: 'settings.updated', targetType: 'settings', snapshot: settings },
  'POST /api/v1/scim/token': { kind: 'scim_token.regenerated', targetType: 'scim_token', snapshot: token },
  'DELETE /api/v1/scim/token': { kind: 'scim_token.revoked', targetType: 'scim_token', snapshot: token },
  'POST /api/v1/scim/groups/:groupId/mappings': { kind: 'mapping.created', targetType: 'mapping' },
  'POST /api/v1/scim/mappings/:id/approve': { kind: 'mapping.approved', targetType: 'mapping', snapshot: mapping, targetParam: 'id' },
  'POST /api/v1/scim/mappings/:id/reject': { kind: 'mapping.rejected', targetType: 'mapping', snapshot: mapping, targetParam: 'id' },
  'POST /api/v1/scim/mappings/:id/retarget': { kind: 'mapping.retargeted', targetType: 'mapping', snapshot: mapping, targetParam: 'id' },
  'POST /api/v1/scim/mapping-rules': { kind: 'mapping_rule.created', targetType: 'mapping_rule' },
  'PATCH /api/v1/scim/mapping-rules/:id': { kind: 'mapping_rule.updated', targetType: 'mapping_rule', snapshot: rule, targetParam: 'id' },
  'DELETE /api/v1/scim/mapping-rules/:id': { kind: 'mapping_rule.deleted', targetType: 'mapping_rule', snapshot: rule, targetParam: 'id' },
  'POST /api/v1/scim/mapping-rules/reorder': { kind: 'mapping_rules.reordered', targetType: 'mapping_rules', snapshot: rules },
  'POST /api/v1/scim/mapping-rules/apply': { kind: 'mapping_rules.applied', targetType: 'mapping_rules' },
  'POST /api/v1/scim/conflicts/:id/resolve': { kind: 'conflict.resolved', targetType: 'conflict', snapshot: conflict, targetParam: 'id' },
  'POST /api/v1/scim/reconcile': { kind: 'reconcile.ran', targetType: 'organization' },
  'POST /api/v1/users': { kind: 'user.invited', targetType: 'user' },
  'PATCH /api/v1/users/:id/role': { kind: 'user.role_set', targetType: 'user', snapshot: role, targetParam: 'id' },
  ...Object.fromEntries(
    ENTITY_ROUTES.flatMap((path) => [
      [`POST /api/v1/${path}`, { kind: 'entity.created', targetType: 'entity' }],
      [`PATCH /api/v1/${path}/:id`, { kind: 'entity.renamed', targetType: 'entity', snapshot: entity, targetParam: 'id' }],
      [`DELETE /api/v1/${path}/:id`, { kind: 'entity.deleted', targetType: 'entity', snapshot: entity, targetParam: 'id' }],
      [`POST /api/v1/${path}/:id/members`, { kind: 'entity_member.added', targetType: 'entity', targetParam: 'id' }],
      [`DELETE /api/v1/${path}/:id/members/:userId`, { kind: 'entity_member.removed', targetType: 'entity', targetParam: 'id' }],
    ]),
  ),
};

const SECRET_KEYS = new Set(['token', 'scimToken', 'adminToken', 'password']);

/** A response body as the audit log may keep it: never a token. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => !(SECRET_KEYS.has(key) && typeof v === 'string'))
      .map(([key, v]) => [key, withoutSecrets(v)]),
  );
}
