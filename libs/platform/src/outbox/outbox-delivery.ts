import { DurableEventBase, durableEventDefinition, reviveDurableEvent } from './durable-event';
import type { DurableEventClass, DurableEventHandler } from './durable-event-handler';
import { isNotRetryable } from './not-retryable';
import type { DeliveryResult, OutboxRow } from './outbox-store';

export interface RegisteredHandler {
  name: string;
  instance: DurableEventHandler;
}

const MAX_ERROR_LENGTH = 4000;

/** Which handlers react to which event type; built once from the @DurableEventHandler providers. */
export class HandlerRegistry {
  private readonly byType = new Map<string, RegisteredHandler[]>();

  add(name: string, instance: DurableEventHandler, eventClasses: DurableEventClass[]): void {
    for (const eventClass of eventClasses) {
      const { type } = durableEventDefinition(eventClass);
      const list = this.byType.get(type) ?? [];
      list.push({ name, instance });
      this.byType.set(type, list);
    }
  }

  /** Every handler concerned by these events, each once, in registration order. */
  handlersOf(types: Iterable<string>): RegisteredHandler[] {
    const seen = new Set<RegisteredHandler>();
    for (const type of types) for (const handler of this.byType.get(type) ?? []) seen.add(handler);
    return [...seen];
  }

  handles(handler: RegisteredHandler, type: string): boolean {
    return (this.byType.get(type) ?? []).includes(handler);
  }
}

interface Delivery extends DeliveryResult {
  event?: DurableEventBase;
  outcomes: string[];
}

/**
 * Delivers one wave: events of distinct aggregates, so no order holds between them. Each handler
 * gets its share at once through `handleBatch` when it has one; if the batch fails, the events are
 * retried one by one so that only the guilty ones fail. A handler that already succeeded for an
 * event (an earlier attempt) is not called again for it. A @NotRetryable error is that handler's
 * final answer (kept as the event's outcome); the other handlers still get the event.
 */
export async function deliverWave(registry: HandlerRegistry, rows: OutboxRow[]): Promise<DeliveryResult[]> {
  const deliveries: Delivery[] = rows.map((row) => {
    const event = reviveDurableEvent(row.type, row.payload);
    return {
      row,
      event,
      handledBy: [...row.handled_by],
      outcomes: [],
      error: event ? undefined : `unknown event type ${row.type}`,
    };
  });
  for (const handler of registry.handlersOf(new Set(rows.map((r) => r.type)))) {
    const due = deliveries.filter((d) => d.event && !d.error && registry.handles(handler, d.row.type) && !d.handledBy.includes(handler.name));
    if (due.length === 0) continue;
    if (due.length > 1 && handler.instance.handleBatch && (await succeeds(() => handler.instance.handleBatch!(due.map((d) => d.event!))))) {
      for (const d of due) d.handledBy.push(handler.name);
      continue;
    }
    for (const d of due) {
      try {
        await handler.instance.handle(d.event!);
        d.handledBy.push(handler.name);
      } catch (error) {
        if (!isNotRetryable(error)) {
          d.error = describe(handler.name, error);
          continue;
        }
        d.outcomes.push(describe(handler.name, error));
        d.handledBy.push(handler.name);
      }
    }
  }
  return deliveries.map(({ row, handledBy, error, outcomes }) => ({ row, handledBy, error, outcome: outcomes.join('\n') || undefined }));
}

async function succeeds(work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false;
  }
}

function describe(handlerName: string, error: unknown): string {
  const text = error instanceof Error ? (isNotRetryable(error) ? `${error.name}: ${error.message}` : (error.stack ?? error.message)) : String(error);
  return `${handlerName}: ${text}`.slice(0, MAX_ERROR_LENGTH);
}
