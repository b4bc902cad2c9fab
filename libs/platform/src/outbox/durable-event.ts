/** Every event that crosses a module boundary names its organization: handlers never guess the tenant. */
export interface DurableEventBase {
  readonly organizationId: string;
}

export interface DurableEventDefinition<E extends DurableEventBase = DurableEventBase> {
  /** Versioned wire name, e.g. `scim-groups.group-renamed.v1`; never reused for another shape. */
  type: string;
  aggregateType: string;
  /** Events of one aggregate are delivered in the order they were raised. */
  aggregateId: (event: E) => string;
}

type EventClass = abstract new (...args: never[]) => DurableEventBase;

const definitionsByClass = new Map<object, DurableEventDefinition>();
const classesByType = new Map<string, EventClass>();

/** Marks a class as an event that travels through the transactional outbox. */
export function DurableEvent<E extends DurableEventBase>(definition: DurableEventDefinition<E>) {
  return (target: abstract new (...args: never[]) => E): void => {
    const existing = classesByType.get(definition.type);
    if (existing && existing !== target) {
      throw new Error(`Durable event type ${definition.type} is declared twice (${existing.name}, ${target.name})`);
    }
    definitionsByClass.set(target, definition as unknown as DurableEventDefinition);
    classesByType.set(definition.type, target);
  };
}

export function durableEventDefinition(event: DurableEventBase | EventClass): DurableEventDefinition {
  const cls = typeof event === 'function' ? event : event.constructor;
  const definition = definitionsByClass.get(cls);
  if (!definition) throw new Error(`${cls.name} is not a @DurableEvent`);
  return definition;
}

/** Rebuilds an event instance from its stored payload so handlers receive the real class. */
export function reviveDurableEvent(type: string, payload: Record<string, unknown>): DurableEventBase | undefined {
  const cls = classesByType.get(type);
  if (!cls) return undefined;
  return Object.assign(Object.create(cls.prototype as object) as DurableEventBase, payload);
}
