import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const PREFIX_LENGTH = 12;

export function bearerToken(request: FastifyRequest): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
}

/**
 * What identifies a token without being it: a SCIM token's first 12 characters, and for a JWT the
 * first 12 of its signature (every HS256 JWT starts with the same header, so its prefix says nothing).
 */
export function tokenPrefix(token: string): string {
  return (token.split('.').pop() ?? token).slice(0, PREFIX_LENGTH);
}

/** Keys may be stored in PostgreSQL: they carry a digest, never token characters. */
export function digest(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url').slice(0, 22);
}
