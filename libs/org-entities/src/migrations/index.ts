import { Migration20261128000500OrgEntities } from './Migration20261128000500OrgEntities';
import { Migration20261128000510ExclusiveSlots } from './Migration20261128000510ExclusiveSlots';

export const orgEntitiesMigrations = [Migration20261128000500OrgEntities, Migration20261128000510ExclusiveSlots];
