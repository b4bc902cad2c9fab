import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AdminTokenVerifier } from './admin-token.verifier';
import { AuthorizationHeaderBearerStrategy } from './header-bearer.strategy';
import type { AdminPrincipal } from './principals';

export const ADMIN_JWT = 'admin-jwt';

@Injectable()
export class AdminJwtStrategy extends PassportStrategy(AuthorizationHeaderBearerStrategy, ADMIN_JWT) {
  constructor(private readonly verifier: AdminTokenVerifier) {
    super();
  }

  validate(token: string): Promise<AdminPrincipal> {
    return this.verifier.verify(token);
  }
}
