import { Migration20261128000700MappingRules } from './Migration20261128000700MappingRules';

export const mappingRulesMigrations = [Migration20261128000700MappingRules];
