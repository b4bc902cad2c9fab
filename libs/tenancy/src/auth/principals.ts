import { createParamDecorator, ExecutionContext } from '@nestjs/common';

export type OrganizationRoleName = 'Admin' | 'User' | 'Guest';

/** Who is calling the SCIM API: an IdP holding the organization's token. */
export interface ScimPrincipal {
  kind: 'scim';
  organizationId: string;
  tokenId: string;
}

/** Who is calling the admin API: a person signed in to the platform, per the JWT. */
export interface AdminPrincipal {
  kind: 'admin';
  organizationId: string;
  subject: string;
  role: OrganizationRoleName;
}

export const CurrentScimPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): ScimPrincipal => ctx.switchToHttp().getRequest().user);
export const CurrentAdmin = createParamDecorator((_: unknown, ctx: ExecutionContext): AdminPrincipal => ctx.switchToHttp().getRequest().user);
