import { Migration20261201070200Audit } from './Migration20261201070200Audit';

export const auditMigrations = [Migration20261201070200Audit];
