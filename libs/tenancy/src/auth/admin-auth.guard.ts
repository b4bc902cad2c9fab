import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ADMIN_JWT } from './admin-jwt.strategy';

@Injectable()
export class AdminAuthGuard extends AuthGuard(ADMIN_JWT) {
  override handleRequest<T>(error: unknown, principal: T, _info: unknown, _context: ExecutionContext): T {
    // The verifier's 401/403/503 pass through as they are.
    if (error) throw error;
    if (!principal) throw new UnauthorizedException('A bearer token is required: Authorization: Bearer <admin JWT>');
    return principal;
  }
}
