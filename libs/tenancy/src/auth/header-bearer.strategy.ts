import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { bearerToken, RequestWithCredentials } from './bearer-token';

type VerifyToken = (token: string, done: (error: unknown, user?: unknown) => void) => void;
type AuthenticateArgs = Parameters<BearerStrategy<VerifyToken>['authenticate']>;

/**
 * passport-http-bearer also takes `access_token` from the query string and the body (RFC 6750
 * §2.2–2.3); both end up in URLs, logs and proxies. So the strategy is shown a view of the request
 * that holds nothing but the Authorization header, parsed by the same rule as every other credential check.
 */
export class AuthorizationHeaderBearerStrategy extends BearerStrategy<VerifyToken> {
  override authenticate(request: AuthenticateArgs[0], options?: AuthenticateArgs[1]): void {
    const token = bearerToken(request as unknown as RequestWithCredentials);
    const headerOnly = { headers: token ? { authorization: `Bearer ${token}` } : {} };
    super.authenticate(headerOnly as unknown as AuthenticateArgs[0], options);
  }
}
