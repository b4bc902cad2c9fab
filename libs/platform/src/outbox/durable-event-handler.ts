import 'reflect-metadata';
import type { DurableEventBase } from './durable-event';

export type DurableEventClass = abstract new (...args: never[]) => DurableEventBase;

/**
 * Reacts to durable events, delivered by the outbox relay after commit, at least once and in order
 * per aggregate. `handleBatch`, when present, receives several events at once (never two of one
 * aggregate out of order) so set-based work is paid once per batch; `handle` remains the fallback
 * that isolates a failing event.
 */
export interface DurableEventHandler<E extends DurableEventBase = DurableEventBase> {
  handle(event: E): Promise<void>;
  handleBatch?(events: E[]): Promise<void>;
}

const DURABLE_HANDLER_METADATA = Symbol('platform:durable-event-handler');

/**
 * Marks a provider as a handler of durable events. Its own metadata, not @nestjs/cqrs's: the class
 * is never registered on the in-process EventBus, so an accidental `eventBus.publish` cannot deliver
 * a durable event a second time outside the outbox.
 */
export function DurableEventHandler(...events: DurableEventClass[]): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(DURABLE_HANDLER_METADATA, events, target);
  };
}

export function durableEventsHandledBy(handlerClass: object): DurableEventClass[] {
  return (Reflect.getOwnMetadata(DURABLE_HANDLER_METADATA, handlerClass) as DurableEventClass[] | undefined) ?? [];
}

/** A batch split per organization, for handlers whose set-based work is scoped to one tenant. */
export function eventsByOrganization<E extends DurableEventBase>(events: readonly E[]): Map<string, E[]> {
  const byOrganization = new Map<string, E[]>();
  for (const event of events) {
    const group = byOrganization.get(event.organizationId) ?? [];
    group.push(event);
    byOrganization.set(event.organizationId, group);
  }
  return byOrganization;
}
