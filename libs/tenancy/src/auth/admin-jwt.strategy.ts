import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import jwt from 'jsonwebtoken';
import { AppConfig, isUuid } from '@app/platform';
import { ADMIN_JWT_AUDIENCE, AdminTokenClaims } from './admin-token.issuer';
import type { AdminPrincipal } from './principals';

export const ADMIN_JWT = 'admin-jwt';
const ROLES = ['Admin', 'User', 'Guest'];

/** HS256 today; a JWKS-backed key lookup can replace `secretOrKey` without touching callers. */
@Injectable()
export class AdminJwtStrategy extends PassportStrategy(Strategy, ADMIN_JWT) {
  constructor(private readonly config: AppConfig) {
    super();
  }

  validate(token: string): AdminPrincipal {
    let claims: AdminTokenClaims;
    try {
      claims = jwt.verify(token, this.config.ADMIN_JWT_SECRET, { algorithms: ['HS256'], audience: ADMIN_JWT_AUDIENCE }) as AdminTokenClaims;
    } catch (error) {
      throw new UnauthorizedException(`Invalid admin token: ${(error as Error).message}`);
    }
    if (typeof claims.org !== 'string' || !isUuid(claims.org) || !ROLES.includes(claims.role)) {
      throw new UnauthorizedException('Invalid admin token: missing organization or role claim');
    }
    if (claims.role !== 'Admin') throw new ForbiddenException('Only organization Admins may use the admin API');
    return { kind: 'admin', organizationId: claims.org, subject: String(claims.sub ?? ''), role: claims.role };
  }
}
