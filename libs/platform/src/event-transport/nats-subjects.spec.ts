import { consumerNameOf } from './jetstream-consumers';
import { NatsSubjects } from './nats-subjects';

describe('NATS subjects and consumer names', () => {
  const subjects = new NatsSubjects('scim');

  it('an event travels on its versioned type, the public subset on subjects of its own', () => {
    expect(subjects.event('scim-groups.group-renamed.v1')).toBe('scim.events.scim-groups.group-renamed.v1');
    expect(subjects.publicEvent('roles.effective-role-changed.v1')).toBe('scim.public.roles.effective-role-changed.v1');
    expect(subjects.streamSubjects()).toEqual(['scim.events.>', 'scim.public.>']);
  });

  it('the type is read back from either kind of subject, whatever the prefix', () => {
    expect(subjects.typeOf('scim.events.scim-users.user-provisioned.v1')).toBe('scim-users.user-provisioned.v1');
    expect(new NatsSubjects('spec1a2b').typeOf('spec1a2b.public.roles.effective-role-changed.v1')).toBe('roles.effective-role-changed.v1');
  });

  it('a request subject names the kind and the class', () => {
    expect(subjects.request('query', 'GetUserQuery')).toBe('scim.rpc.query.GetUserQuery');
  });

  it('a durable consumer is named after its Nest module', () => {
    expect(consumerNameOf('RolesModule')).toBe('roles');
    expect(consumerNameOf('ScimUsersModule')).toBe('scim-users');
    expect(consumerNameOf('OrgEntitiesModule')).toBe('org-entities');
  });
});
