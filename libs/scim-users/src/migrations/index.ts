import { Migration20261128000300ScimUsers } from './Migration20261128000300ScimUsers';
import { Migration20261201030000ExternalIdHashIndex } from './Migration20261201030000ExternalIdHashIndex';
import { Migration20261201070100CrossOrgInvitations } from './Migration20261201070100CrossOrgInvitations';

export const scimUsersMigrations = [Migration20261128000300ScimUsers, Migration20261201030000ExternalIdHashIndex, Migration20261201070100CrossOrgInvitations];
