import { Migration20261128000600Roles } from './Migration20261128000600Roles';

export const rolesMigrations = [Migration20261128000600Roles];
