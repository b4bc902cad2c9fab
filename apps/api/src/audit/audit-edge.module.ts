import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '@app/audit';
import { AdminAuditInterceptor } from './admin-audit.interceptor';

/** The audit log and what feeds it from the admin edge. */
@Module({
  imports: [AuditModule],
  providers: [{ provide: APP_INTERCEPTOR, useClass: AdminAuditInterceptor }],
})
export class AuditEdgeModule {}
