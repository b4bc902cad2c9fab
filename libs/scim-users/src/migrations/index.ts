import { Migration20261128000300ScimUsers } from './Migration20261128000300ScimUsers';

export const scimUsersMigrations = [Migration20261128000300ScimUsers];
