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
  /** The SCIM error's `detail` (never a body otherwise). */
  scimDetail: string | null;
  /** userName or displayName on a create (no id yet), else the resource id. */
  target: string | null;
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

const MAX_TEXT = 1000;

/** The `detail` of a SCIM error response: what the IdP was told. */
export function scimDetailOf(status: number, payload: unknown): string | null {
  if (status < 400 || typeof payload !== 'string' || payload.length > 64 * 1024) return null;
  try {
    const detail = (JSON.parse(payload) as { detail?: unknown }).detail;
    return typeof detail === 'string' ? detail.slice(0, MAX_TEXT) : null;
  } catch {
    return null;
  }
}

/** A create has no id yet: its userName (Users) or displayName (Groups) names the target. */
export function targetOf(method: string, resourceType: string | null, resourceId: string | null, body: unknown): string | null {
  if (method === 'POST' && resourceId === null && body && typeof body === 'object') {
    const key = resourceType === 'Users' ? 'userName' : resourceType === 'Groups' ? 'displayName' : null;
    const value = key ? (body as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value.slice(0, 320) : null;
  }
  return resourceId;
}
