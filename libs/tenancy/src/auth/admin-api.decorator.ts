import { applyDecorators, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { AdminAuthGuard } from './admin-auth.guard';

/** Every /api/v1 controller: admin JWT required, bodies and queries validated by class-validator. */
export function AdminApi(): ClassDecorator {
  return applyDecorators(
    UseGuards(AdminAuthGuard),
    UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true })),
  );
}

/** Every /scim/v2 controller. */
export { ScimAuthGuard } from './scim-auth.guard';
