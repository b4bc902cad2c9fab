import { CanActivate, ExecutionContext, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/platform';

/** Internal platform endpoints answer 404 when no service token is configured: they do not exist then. */
@Injectable()
export class PlatformServiceGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.PLATFORM_SERVICE_TOKEN;
    if (!expected) throw new NotFoundException();
    const header = String(context.switchToHttp().getRequest().headers.authorization ?? '');
    const presented = Buffer.from(header.replace(/^Bearer\s+/i, ''));
    const wanted = Buffer.from(expected);
    if (presented.length !== wanted.length || !timingSafeEqual(presented, wanted)) {
      throw new UnauthorizedException('A valid platform service token is required');
    }
    return true;
  }
}
