import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { AppConfig } from '@app/platform';
import type { OrganizationRoleName } from './principals';

export interface AdminTokenClaims {
  org: string;
  role: OrganizationRoleName;
  sub: string;
}

/**
 * The platform's login issues these JWTs in production; this issuer mints the same shape for
 * local use (CLI) and tests, signed with the configured HS256 secret.
 */
@Injectable()
export class AdminTokenIssuer {
  constructor(private readonly config: AppConfig) {}

  issue(organizationId: string, options: { role?: OrganizationRoleName; subject?: string; ttlSeconds?: number } = {}): string {
    const claims: AdminTokenClaims = { org: organizationId, role: options.role ?? 'Admin', sub: options.subject ?? 'cli' };
    return jwt.sign(claims, this.config.ADMIN_JWT_SECRET, {
      algorithm: 'HS256',
      audience: this.config.ADMIN_JWT_AUDIENCE,
      expiresIn: options.ttlSeconds ?? this.config.ADMIN_JWT_TTL_SECONDS,
    });
  }
}
