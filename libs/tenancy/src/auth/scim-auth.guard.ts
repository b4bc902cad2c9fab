import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ScimError } from '@app/scim-protocol';
import { bearerToken, RequestWithCredentials } from './bearer-token';
import type { ScimPrincipal } from './principals';
import { ScimTokenVerifier } from './scim-token.verifier';

/** Resolves the organization from the SCIM bearer token; every SCIM failure is a SCIM error body. */
@Injectable()
export class ScimAuthGuard implements CanActivate {
  constructor(private readonly verifier: ScimTokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithCredentials<ScimPrincipal>>();
    const token = bearerToken(request);
    if (!token) throw ScimError.unauthorized('A bearer token is required: Authorization: Bearer <token>');
    request.user = await this.verifier.authenticate(token);
    return true;
  }
}
