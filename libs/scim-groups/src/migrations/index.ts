import { Migration20261128000400ScimGroups } from './Migration20261128000400ScimGroups';

export const scimGroupsMigrations = [Migration20261128000400ScimGroups];
