import { EventContract, eventSchema, publishEventContracts, schemaOf } from '@app/platform';

const group = { groupId: schemaOf.uuid };

/** The versioned contracts of the scim-groups events that cross to another service (roles reacts to them). */
export const scimGroupsEventContracts: EventContract[] = [
  { type: 'scim-groups.group-members-added.v1', schema: eventSchema('scim-groups.group-members-added.v1', { ...group, userIds: schemaOf.uuids }) },
  { type: 'scim-groups.group-members-removed.v1', schema: eventSchema('scim-groups.group-members-removed.v1', { ...group, userIds: schemaOf.uuids }) },
  {
    type: 'scim-groups.group-roles-changed.v1',
    schema: eventSchema('scim-groups.group-roles-changed.v1', { ...group, previousRoles: schemaOf.strings, roles: schemaOf.strings }),
  },
  { type: 'scim-groups.group-deleted.v1', schema: eventSchema('scim-groups.group-deleted.v1', { ...group, displayName: schemaOf.string }) },
  {
    type: 'scim-groups.group-restored.v1',
    schema: eventSchema('scim-groups.group-restored.v1', { ...group, displayName: schemaOf.string, roles: schemaOf.strings }),
  },
];

publishEventContracts(scimGroupsEventContracts);
