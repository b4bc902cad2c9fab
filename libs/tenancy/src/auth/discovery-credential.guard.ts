import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DiscoveryController, ScimError } from '@app/scim-protocol';
import { bearerToken, RequestWithCredentials } from './bearer-token';
import { ScimTokenVerifier } from './scim-token.verifier';

/**
 * SCIM discovery answers without a token (IdPs probe it while the admin is still configuring),
 * but a request that carries a credential gets it checked: an IdP's "Test Connection" with a
 * wrong token must fail rather than pass on discovery. Registered globally; acts on discovery only.
 */
@Injectable()
export class DiscoveryCredentialGuard implements CanActivate {
  constructor(private readonly verifier: ScimTokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http' || context.getClass() !== DiscoveryController) return true;
    const request = context.switchToHttp().getRequest<RequestWithCredentials>();
    if (request.headers.authorization === undefined) return true;
    const token = bearerToken(request);
    if (!token) throw ScimError.unauthorized('The Authorization header must be: Bearer <token>');
    await this.verifier.authenticate(token);
    return true;
  }
}
