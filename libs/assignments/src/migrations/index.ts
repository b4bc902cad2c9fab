import { Migration20261128000800Conflicts } from './Migration20261128000800Conflicts';
import { Migration20261201060100AssignmentsSchema } from './Migration20261201060100AssignmentsSchema';

/** The conflict tables were first created in mapping_rules (kept as applied), then moved here. */
export const assignmentsMigrations = [Migration20261128000800Conflicts, Migration20261201060100AssignmentsSchema];
