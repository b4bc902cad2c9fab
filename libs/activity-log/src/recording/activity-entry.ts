/** One SCIM request as the activity log keeps it: who, what, result. Never a token or a body. */
export interface ActivityEntry {
  organizationId: string | null;
  tokenId: string | null;
  occurredAt: Date;
  method: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  status: number;
  scimType: string | null;
  durationMs: number;
  requestId: string;
  userAgent: string | null;
}

const RESOURCE = /^\/+scim\/v2\/+([A-Za-z]+)(?:\/+([^/?]+))?/;

/** `/scim/v2//users/abc?x` → `Users`, `abc`; discovery endpoints keep their own names. */
export function resourceOf(path: string): { resourceType: string | null; resourceId: string | null } {
  const match = RESOURCE.exec(path);
  if (!match) return { resourceType: null, resourceId: null };
  const name = match[1].toLowerCase();
  const canonical = { users: 'Users', groups: 'Groups', serviceproviderconfig: 'ServiceProviderConfig', resourcetypes: 'ResourceTypes', schemas: 'Schemas' }[name] ?? match[1];
  return { resourceType: canonical, resourceId: match[2] ? decodeURIComponent(match[2]).slice(0, 200) : null };
}

/** The path without its query string: filters can carry personal data and tokens may ride in `access_token`. */
export function pathOf(url: string): string {
  return url.split('?')[0].slice(0, 500);
}
