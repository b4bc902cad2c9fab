import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { ScimError } from '@app/scim-protocol';
import { ScimTokenVerifier } from './scim-token.verifier';
import type { ScimPrincipal } from './principals';

export const SCIM_BEARER = 'scim-bearer';

@Injectable()
export class ScimBearerStrategy extends PassportStrategy(Strategy, SCIM_BEARER) {
  constructor(private readonly verifier: ScimTokenVerifier) {
    super();
  }

  async validate(token: string): Promise<ScimPrincipal> {
    const principal = await this.verifier.verify(token);
    if (!principal) throw ScimError.unauthorized('The bearer token is unknown, revoked or expired');
    return principal;
  }
}
