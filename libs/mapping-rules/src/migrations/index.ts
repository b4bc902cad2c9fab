import { Migration20261128000700MappingRules } from './Migration20261128000700MappingRules';
import { Migration20261128000800Conflicts } from './Migration20261128000800Conflicts';
import { Migration20261201020200MappingPendingReason } from './Migration20261201020200MappingPendingReason';

export const mappingRulesMigrations = [Migration20261128000700MappingRules, Migration20261128000800Conflicts, Migration20261201020200MappingPendingReason];
