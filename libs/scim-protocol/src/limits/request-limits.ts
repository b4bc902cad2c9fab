/**
 * Bounds on the work one SCIM request may ask for. The configurable ones come from the environment
 * (`SCIM_MAX_PATCH_OPERATIONS`, `SCIM_MAX_MEMBERS_PER_REQUEST`); the others are fixed here.
 */
export interface ScimRequestLimits {
  /** Operations in one PATCH body. */
  maxOperations: number;
  /** Group members one POST, PUT or PATCH may carry (over all its operations). */
  maxMembers: number;
}

/** Values of any other multi-valued attribute (emails, phoneNumbers, addresses, roles…) on one resource. */
export const MAX_MULTI_VALUES = 100;

/** Characters of a string attribute that declares no limit of its own. */
export const DEFAULT_MAX_STRING_LENGTH = 1024;

/** Nesting of JSON request bodies (SCIM and admin): a SCIM resource is at most four levels deep. */
export const MAX_JSON_DEPTH = 64;

/**
 * Largest `startIndex` read as asked; beyond it the value is clamped (RFC 7644 lets a server clamp
 * paging numbers). Far past any real result set, far below PostgreSQL's bigint OFFSET limit.
 */
export const MAX_START_INDEX = 2_147_483_647;

/** The limits as configured (the environment variables of the same names). */
export function scimRequestLimits(config: { SCIM_MAX_PATCH_OPERATIONS: number; SCIM_MAX_MEMBERS_PER_REQUEST: number }): ScimRequestLimits {
  return { maxOperations: config.SCIM_MAX_PATCH_OPERATIONS, maxMembers: config.SCIM_MAX_MEMBERS_PER_REQUEST };
}
