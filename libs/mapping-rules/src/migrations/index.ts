import { Migration20261128000700MappingRules } from './Migration20261128000700MappingRules';
import { Migration20261201060000DropDetectedConflict } from './Migration20261201060000DropDetectedConflict';

export const mappingRulesMigrations = [Migration20261128000700MappingRules, Migration20261201060000DropDetectedConflict];
