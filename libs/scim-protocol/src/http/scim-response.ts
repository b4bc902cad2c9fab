import type { FastifyReply } from 'fastify';
import { SCIM_CONTENT_TYPE } from '../constants';

/** Every SCIM response body is application/scim+json (RFC 7644 §3.1). */
export function sendScim(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}): void {
  void reply.status(status).headers({ 'content-type': `${SCIM_CONTENT_TYPE}; charset=utf-8`, ...headers }).send(body);
}

export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/** `If-Match: W/"3"` → 3; `*` or absent → undefined (no precondition). */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (!ifMatch || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
  return match ? Number(match[1]) : -1;
}
