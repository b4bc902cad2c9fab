import { ForbiddenException, Injectable, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { decodeProtectedHeader, JWTPayload, jwtVerify, JWTVerifyGetKey, JWTVerifyOptions } from 'jose';
import { AppConfig } from '@app/platform';
import { OrganizationDirectory } from '../organizations/organization-directory';
import { platformKeySet, SigningKeysUnavailableError } from './platform-key-set';
import type { AdminPrincipal, OrganizationRoleName } from './principals';

const ROLES: readonly string[] = ['Admin', 'User', 'Guest'] satisfies OrganizationRoleName[];
const PLATFORM_ALGORITHMS = ['RS256', 'ES256'];

/** One answer for every bad token: what the verifier expected (audience, issuer, key) is not the caller's business. */
const invalidToken = () => new UnauthorizedException('Invalid or expired admin token');

/**
 * Admin JWTs: RS256/ES256 from the platform's identity provider, checked against its JWKS (keys
 * cached by jose and fetched again for an unknown `kid`), or HS256 with ADMIN_JWT_SECRET for local
 * use. The header's `alg` only picks which of the two keys to try; each key accepts only its own
 * algorithms, so an HS256 token signed with the public key, or `alg: none`, verifies against nothing.
 */
@Injectable()
export class AdminTokenVerifier {
  private readonly logger = new Logger(AdminTokenVerifier.name);
  private readonly secret: Uint8Array;
  private readonly platformKeys?: JWTVerifyGetKey;

  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationDirectory,
  ) {
    this.secret = new TextEncoder().encode(config.ADMIN_JWT_SECRET);
    if (config.ADMIN_JWT_JWKS_URL) {
      this.platformKeys = platformKeySet(config.ADMIN_JWT_JWKS_URL, config.ADMIN_JWT_JWKS_COOLDOWN_SECONDS);
    }
  }

  async verify(token: string): Promise<AdminPrincipal> {
    const claims = await this.verifiedClaims(token);
    const { org, role } = claims;
    if (typeof org !== 'string' || !org || typeof role !== 'string' || !ROLES.includes(role)) throw invalidToken();
    const organization = await this.organizations.find(org);
    if (!organization) throw invalidToken();
    if (organization.disabledAt) throw new ForbiddenException('This organization is disabled: the admin API is unavailable until the platform enables it again');
    if (role !== 'Admin') throw new ForbiddenException('Only organization Admins may use the admin API');
    return { kind: 'admin', organizationId: organization.id, subject: String(claims.sub ?? ''), role: role as OrganizationRoleName };
  }

  private async verifiedClaims(token: string): Promise<JWTPayload> {
    const common: JWTVerifyOptions = {
      audience: this.config.ADMIN_JWT_AUDIENCE,
      clockTolerance: this.config.ADMIN_JWT_CLOCK_SKEW_SECONDS,
      requiredClaims: ['exp'],
    };
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256') {
        ({ payload } = await jwtVerify(token, this.secret, { ...common, algorithms: ['HS256'] }));
      } else if (this.platformKeys && typeof alg === 'string' && PLATFORM_ALGORITHMS.includes(alg)) {
        ({ payload } = await jwtVerify(token, this.platformKeys, { ...common, algorithms: PLATFORM_ALGORITHMS, issuer: this.config.ADMIN_JWT_ISSUER }));
      } else {
        throw new Error(`algorithm ${String(alg)} is not accepted`);
      }
    } catch (error) {
      if (error instanceof SigningKeysUnavailableError) {
        this.logger.warn(`JWKS unavailable: ${error.message}`);
        throw new ServiceUnavailableException("The identity provider's signing keys could not be fetched; try again shortly");
      }
      this.logger.debug(`admin token refused: ${(error as Error).message}`);
      throw invalidToken();
    }
    if (!this.withinMaximumLifetime(payload)) throw invalidToken();
    return payload;
  }

  /** `exp` far in the future is a token that can never be taken back: refuse lifetimes beyond the maximum. */
  private withinMaximumLifetime({ exp, iat }: JWTPayload): boolean {
    const now = Math.floor(Date.now() / 1000);
    const start = Math.min(typeof iat === 'number' ? iat : now, now);
    return typeof exp === 'number' && exp - start <= this.config.ADMIN_JWT_MAX_TTL_SECONDS + this.config.ADMIN_JWT_CLOCK_SKEW_SECONDS;
  }
}
