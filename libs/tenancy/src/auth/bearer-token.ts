const BEARER = /^Bearer +(\S+)$/i;

export interface RequestWithCredentials {
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The token of an `Authorization: Bearer …` header, or undefined. Only the header counts: RFC 6750
 * also allows `access_token` in the query string or a form body, which end up in URLs, logs and proxies.
 */
export function bearerToken(request: RequestWithCredentials): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' ? BEARER.exec(header.trim())?.[1] : undefined;
}
