import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';
import { concatMap, from, Observable, switchMap } from 'rxjs';
import { RecordAdminActionCommand } from '@app/audit';
import type { AdminPrincipal } from '@app/tenancy';
import { AUDITED_ACTIONS, AuditedAction, withoutSecrets } from './audited-actions';

type Params = Record<string, string>;

/**
 * The admin edge reports every successful admin write to the audit log: who (the token's subject),
 * what, when, and the target before and after. Runs after the guards, so the caller is known; a
 * refused or failed request changed nothing and is not recorded.
 */
@Injectable()
export class AdminAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AdminPrincipal }>();
    const action = AUDITED_ACTIONS[`${request.method} ${request.routeOptions?.url ?? ''}`];
    const admin = request.user;
    if (!action || admin?.kind !== 'admin') return next.handle();
    const params = (request.params ?? {}) as Params;
    return from(this.snapshot(action, admin.organizationId, params)).pipe(
      switchMap((before) =>
        next.handle().pipe(
          concatMap(async (body: unknown) => {
            const after = action.snapshot ? await this.snapshot(action, admin.organizationId, params) : withoutSecrets(body);
            await this.commands.execute(
              new RecordAdminActionCommand({
                organizationId: admin.organizationId,
                actor: admin.subject,
                kind: action.kind,
                targetType: action.targetType,
                targetId: targetIdOf(action, params, body),
                before,
                after,
                requestId: String(request.id),
              }),
            );
            return body;
          }),
        ),
      ),
    );
  }

  /** A target that cannot be read (unknown id) has no "before": the handler answers the 404 itself. */
  private async snapshot(action: AuditedAction, organizationId: string, params: Params): Promise<unknown> {
    if (!action.snapshot) return null;
    try {
      return (await action.snapshot(this.queries, organizationId, params)) ?? null;
    } catch {
      return null;
    }
  }
}

function targetIdOf(action: AuditedAction, params: Params, body: unknown): string | null {
  if (action.targetParam) return params[action.targetParam] ?? null;
  const id = (body as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : null;
}
