import { applyDecorators, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AdminErrorResponse } from '@app/platform';
import { AdminAuthGuard } from './admin-auth.guard';

/** Every /api/v1 controller: admin JWT required, bodies and queries validated by class-validator, documented alike. */
export function AdminApi(): ClassDecorator {
  return applyDecorators(
    UseGuards(AdminAuthGuard),
    UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true })),
    ApiBearerAuth('admin'),
    ApiUnauthorizedResponse({ description: 'No admin JWT, or an invalid one', type: AdminErrorResponse }),
    ApiForbiddenResponse({ description: 'The JWT is valid but its role is not Admin, or the organization is disabled', type: AdminErrorResponse }),
    ApiBadRequestResponse({ description: 'Validation failed (details lists the fields)', type: AdminErrorResponse }),
  );
}

/** Every /scim/v2 controller. */
export { ScimAuthGuard } from './scim-auth.guard';
