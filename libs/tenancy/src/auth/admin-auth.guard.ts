import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AdminTokenVerifier } from './admin-token.verifier';
import { bearerToken, RequestWithCredentials } from './bearer-token';
import type { AdminPrincipal } from './principals';

@Injectable()
export class AdminAuthGuard implements CanActivate {
  constructor(private readonly verifier: AdminTokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithCredentials<AdminPrincipal>>();
    const token = bearerToken(request);
    if (!token) throw new UnauthorizedException('A bearer token is required: Authorization: Bearer <admin JWT>');
    request.user = await this.verifier.verify(token);
    return true;
  }
}
