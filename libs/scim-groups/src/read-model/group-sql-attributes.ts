import { AttributeMap, GROUP_RESOURCE_TYPE, LAMBDATEST_GROUP_SCHEMA } from '@app/scim-protocol';

/** Where each filterable SCIM Group attribute lives: `scim_groups.scim_group g` and its membership rows. */
export const GROUP_SQL_ATTRIBUTES: AttributeMap = {
  resourceType: GROUP_RESOURCE_TYPE,
  attributes: {
    id: { kind: 'scalar', sql: 'g.id', type: 'uuid', caseExact: true },
    externalId: { kind: 'scalar', sql: 'g.external_id', type: 'string', caseExact: true },
    displayName: { kind: 'scalar', sql: 'g.display_name', type: 'string', caseExact: false },
    'meta.created': { kind: 'scalar', sql: 'g.created_at', type: 'dateTime', caseExact: false },
    'meta.lastModified': { kind: 'scalar', sql: 'g.updated_at', type: 'dateTime', caseExact: false },
    members: {
      kind: 'multi',
      exists: (condition) => `exists (select 1 from scim_groups.group_member m where m.group_id = g.id and ${condition})`,
      subAttributes: {
        value: { sql: 'm.user_id::text', type: 'string', caseExact: true },
        display: { sql: 'm.user_name', type: 'string', caseExact: false },
      },
      defaultSub: 'value',
    },
    [`${LAMBDATEST_GROUP_SCHEMA}:LambdatestRoles`]: {
      kind: 'multi',
      exists: (condition) => `exists (select 1 from unnest(g.roles) as r(value) where ${condition})`,
      subAttributes: { value: { sql: 'r.value', type: 'string', caseExact: false } },
      defaultSub: 'value',
    },
  },
};
