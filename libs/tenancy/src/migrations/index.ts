import { Migration20261128000200Tenancy } from './Migration20261128000200Tenancy';

export const tenancyMigrations = [Migration20261128000200Tenancy];
