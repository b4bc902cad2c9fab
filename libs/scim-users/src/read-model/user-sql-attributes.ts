import { AttributeMap, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA, SqlAttribute, SqlScalar, USER_RESOURCE_TYPE } from '@app/scim-protocol';

const text = (sql: string, caseExact = false): SqlAttribute => ({ kind: 'scalar', sql, type: 'string', caseExact });
const json = (path: string, caseExact = false) => text(`(u.resource #>> '{${path}}')`, caseExact);
const sub = (sql: string, type: SqlScalar['type'] = 'string', caseExact = false): SqlScalar => ({ sql, type, caseExact });

function multiValued(attribute: string, subAttributes: string[]): SqlAttribute {
  const element = (name: string) => `(e.value ->> '${name}')`;
  return {
    kind: 'multi',
    exists: (condition) =>
      `exists (select 1 from jsonb_array_elements(case when jsonb_typeof(u.resource -> '${attribute}') = 'array' then u.resource -> '${attribute}' else '[]'::jsonb end) as e(value) where ${condition})`,
    subAttributes: Object.fromEntries([
      ...subAttributes.map((name) => [name, sub(element(name))]),
      ['primary', sub(`(e.value ->> 'primary')::boolean`, 'boolean')],
    ]),
    defaultSub: 'value',
  };
}

/** Where each filterable SCIM User attribute lives in `scim_users.user_account u`. */
export const USER_SQL_ATTRIBUTES: AttributeMap = {
  resourceType: USER_RESOURCE_TYPE,
  attributes: {
    id: { kind: 'scalar', sql: 'u.id', type: 'uuid', caseExact: true },
    externalId: text('u.external_id', true),
    userName: text('u.user_name'),
    displayName: text('u.display_name'),
    active: { kind: 'scalar', sql: 'u.active', type: 'boolean', caseExact: false },
    'name.formatted': json('name,formatted'),
    'name.familyName': json('name,familyName'),
    'name.givenName': json('name,givenName'),
    'name.middleName': json('name,middleName'),
    nickName: json('nickName'),
    title: json('title'),
    userType: json('userType'),
    preferredLanguage: json('preferredLanguage'),
    locale: json('locale'),
    timezone: json('timezone'),
    'meta.created': { kind: 'scalar', sql: 'u.created_at', type: 'dateTime', caseExact: false },
    'meta.lastModified': { kind: 'scalar', sql: 'u.updated_at', type: 'dateTime', caseExact: false },
    emails: multiValued('emails', ['value', 'type', 'display']),
    phoneNumbers: multiValued('phoneNumbers', ['value', 'type', 'display']),
    [`${LAMBDATEST_USER_SCHEMA}:OrganizationRole`]: text('u.organization_role'),
    [`${LAMBDATEST_USER_SCHEMA}:LambdatestGroup`]: text('u.lambdatest_group'),
    [`${ENTERPRISE_USER_SCHEMA}:employeeNumber`]: json(`${ENTERPRISE_USER_SCHEMA},employeeNumber`, true),
    [`${ENTERPRISE_USER_SCHEMA}:department`]: json(`${ENTERPRISE_USER_SCHEMA},department`),
    [`${ENTERPRISE_USER_SCHEMA}:costCenter`]: json(`${ENTERPRISE_USER_SCHEMA},costCenter`),
    [`${ENTERPRISE_USER_SCHEMA}:organization`]: json(`${ENTERPRISE_USER_SCHEMA},organization`),
    [`${ENTERPRISE_USER_SCHEMA}:division`]: json(`${ENTERPRISE_USER_SCHEMA},division`),
    [`${ENTERPRISE_USER_SCHEMA}:manager.value`]: json(`${ENTERPRISE_USER_SCHEMA},manager,value`, true),
  },
};
