import { EventContract, eventSchema, publishEventContracts, schemaOf } from '@app/platform';
import { ROLES } from '../domain/role';

/** The effective role change, for the platform to apply a user's role (public). */
export const rolesEventContracts: EventContract[] = [
  {
    type: 'roles.effective-role-changed.v1',
    public: true,
    schema: eventSchema('roles.effective-role-changed.v1', {
      changes: schemaOf.arrayOf({ userId: schemaOf.uuid, previousRole: schemaOf.enumOf(ROLES, true), role: schemaOf.enumOf(ROLES) }),
    }),
  },
];

publishEventContracts(rolesEventContracts);
