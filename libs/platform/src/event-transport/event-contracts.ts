/** A JSON schema (draft 2020-12) of an integration event's payload. */
export type JsonSchema = Record<string, unknown>;

export interface EventContract {
  /** The versioned wire name, `module.event.vN`: a new shape gets a new version, never a changed schema. */
  type: string;
  schema: JsonSchema;
  /** Also published on `<prefix>.public.<type>` for the platform (docs/platform-events.md). */
  public?: boolean;
}

const contracts = new Map<string, EventContract>();

/** Called from a module's index.ts: its integration events' contracts travel with its public surface. */
export function publishEventContracts(list: EventContract[]): void {
  for (const contract of list) contracts.set(contract.type, contract);
}

export function eventContracts(): EventContract[] {
  return [...contracts.values()];
}

export function isPublicEvent(type: string): boolean {
  return contracts.get(type)?.public === true;
}
