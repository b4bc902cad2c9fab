import { Injectable } from '@nestjs/common';
import { isUuid, TransactionRunner } from '@app/platform';
import type { OrganizationView } from '../queries/get-organization/get-organization.query';

export interface OrganizationRow {
  id: string;
  external_id: string | null;
  name: string;
  group_provisioning_enabled: boolean;
  disabled_at: Date | null;
  created_at: Date;
}

export const ORGANIZATION_COLUMNS = 'id, external_id, name, group_provisioning_enabled, disabled_at, created_at';

export function toOrganizationView(row: OrganizationRow): OrganizationView {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    groupProvisioningEnabled: row.group_provisioning_enabled,
    disabledAt: row.disabled_at ? new Date(row.disabled_at) : null,
    createdAt: new Date(row.created_at),
  };
}

/** Finds an organization by our id or by the platform's external id: the platform knows its orgs by its own ids. */
@Injectable()
export class OrganizationDirectory {
  constructor(private readonly db: TransactionRunner) {}

  async find(reference: string): Promise<OrganizationView | null> {
    // Our own id wins if an external id happens to look like another organization's id.
    const [row] = isUuid(reference)
      ? await this.db.query<OrganizationRow>(
          `select ${ORGANIZATION_COLUMNS} from tenancy.organization where id = ? or external_id = ? order by (id = ?) desc limit 1`,
          [reference, reference, reference],
        )
      : await this.db.query<OrganizationRow>(`select ${ORGANIZATION_COLUMNS} from tenancy.organization where external_id = ?`, [reference]);
    return row ? toOrganizationView(row) : null;
  }
}
