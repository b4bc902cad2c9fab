import { Strategy as BearerStrategy } from 'passport-http-bearer';

type VerifyToken = (token: string, done: (error: unknown, user?: unknown) => void) => void;
type AuthenticateArgs = Parameters<BearerStrategy<VerifyToken>['authenticate']>;

/**
 * passport-http-bearer also takes `access_token` from the query string and the body (RFC 6750
 * §2.2–2.3); both end up in URLs, logs and proxies, so only the Authorization header counts here.
 */
export class AuthorizationHeaderBearerStrategy extends BearerStrategy<VerifyToken> {
  override authenticate(request: AuthenticateArgs[0], options?: AuthenticateArgs[1]): void {
    super.authenticate({ headers: request.headers } as AuthenticateArgs[0], options);
  }
}
