import { Migration20261128000300ScimUsers } from './Migration20261128000300ScimUsers';
import { Migration20261201030000ExternalIdHashIndex } from './Migration20261201030000ExternalIdHashIndex';

export const scimUsersMigrations = [Migration20261128000300ScimUsers, Migration20261201030000ExternalIdHashIndex];
