import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ScimError } from '@app/scim-protocol';
import { SCIM_BEARER } from './scim-bearer.strategy';

/** Resolves the organization from the SCIM bearer token; every SCIM failure is a SCIM error body. */
@Injectable()
export class ScimAuthGuard extends AuthGuard(SCIM_BEARER) {
  override handleRequest<T>(error: unknown, principal: T, _info: unknown, _context: ExecutionContext): T {
    // The verifier's refusals are ScimErrors; anything else is our failure (the database, say), not the client's.
    if (error) throw error;
    if (!principal) throw ScimError.unauthorized('A bearer token is required: Authorization: Bearer <token>');
    return principal;
  }
}
