import { Migration20261128000200Tenancy } from './Migration20261128000200Tenancy';
import { Migration20261201050000TenancyLifecycle } from './Migration20261201050000TenancyLifecycle';

export const tenancyMigrations = [Migration20261128000200Tenancy, Migration20261201050000TenancyLifecycle];
