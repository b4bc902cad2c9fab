import { Migration20261128000700MappingRules } from './Migration20261128000700MappingRules';
import { Migration20261128000800Conflicts } from './Migration20261128000800Conflicts';

export const mappingRulesMigrations = [Migration20261128000700MappingRules, Migration20261128000800Conflicts];
