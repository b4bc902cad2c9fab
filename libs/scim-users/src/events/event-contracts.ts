import { EventContract, eventSchema, publishEventContracts, schemaOf } from '@app/platform';

const user = { userId: schemaOf.uuid };

/** The versioned contracts of scim-users' integration events; `public` ones are published for the platform (docs/platform-events.md). */
export const scimUsersEventContracts: EventContract[] = [
  {
    type: 'scim-users.user-provisioned.v1',
    public: true,
    schema: eventSchema('scim-users.user-provisioned.v1', {
      ...user,
      userName: schemaOf.string,
      active: schemaOf.boolean,
      organizationRole: schemaOf.nullableString,
      lambdatestGroup: schemaOf.nullableString,
      adopted: schemaOf.boolean,
    }),
  },
  { type: 'scim-users.user-deactivated.v1', public: true, schema: eventSchema('scim-users.user-deactivated.v1', user) },
  { type: 'scim-users.user-reactivated.v1', public: true, schema: eventSchema('scim-users.user-reactivated.v1', user) },
  {
    type: 'scim-users.user-role-input-changed.v1',
    public: true,
    schema: eventSchema('scim-users.user-role-input-changed.v1', { ...user, organizationRole: schemaOf.nullableString }),
  },
  {
    type: 'scim-users.user-lambdatest-group-changed.v1',
    public: true,
    schema: eventSchema('scim-users.user-lambdatest-group-changed.v1', { ...user, lambdatestGroup: schemaOf.nullableString }),
  },
  { type: 'scim-users.user-invited.v1', schema: eventSchema('scim-users.user-invited.v1', { ...user, userName: schemaOf.string }) },
  {
    type: 'scim-users.user-moved-organization.v1',
    schema: eventSchema('scim-users.user-moved-organization.v1', { ...user, userName: schemaOf.string, previousOrganizationId: schemaOf.uuid }),
  },
];

publishEventContracts(scimUsersEventContracts);
