import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AuthorizationHeaderBearerStrategy } from './header-bearer.strategy';
import type { ScimPrincipal } from './principals';
import { ScimTokenVerifier } from './scim-token.verifier';

export const SCIM_BEARER = 'scim-bearer';

@Injectable()
export class ScimBearerStrategy extends PassportStrategy(AuthorizationHeaderBearerStrategy, SCIM_BEARER) {
  constructor(private readonly verifier: ScimTokenVerifier) {
    super();
  }

  validate(token: string): Promise<ScimPrincipal> {
    return this.verifier.authenticate(token);
  }
}
