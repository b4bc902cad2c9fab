import { Migration20261128000500OrgEntities } from './Migration20261128000500OrgEntities';

export const orgEntitiesMigrations = [Migration20261128000500OrgEntities];
