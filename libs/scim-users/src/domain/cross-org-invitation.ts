/** An invitation of a user whose account is in another organization, as plain data. */
export interface CrossOrgInvitationView {
  id: string;
  organizationId: string;
  userId: string;
  email: string;
  status: 'pending' | 'accepted';
  createdAt: Date;
  acceptedAt: Date | null;
}

export interface CrossOrgInvitationRow {
  id: string;
  organization_id: string;
  user_id: string;
  user_name: string;
  status: 'pending' | 'accepted';
  created_at: Date | string;
  accepted_at: Date | string | null;
}

export const CROSS_ORG_INVITATION_COLUMNS = 'id, organization_id, user_id, user_name, status, created_at, accepted_at';

export function invitationFromRow(row: CrossOrgInvitationRow): CrossOrgInvitationView {
  return {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    email: row.user_name,
    status: row.status,
    createdAt: new Date(row.created_at),
    acceptedAt: row.accepted_at === null ? null : new Date(row.accepted_at),
  };
}
