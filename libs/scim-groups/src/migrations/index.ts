import { Migration20261128000400ScimGroups } from './Migration20261128000400ScimGroups';
import { Migration20261128000410GroupMemberValueIndex } from './Migration20261128000410GroupMemberValueIndex';

export const scimGroupsMigrations = [Migration20261128000400ScimGroups, Migration20261128000410GroupMemberValueIndex];
