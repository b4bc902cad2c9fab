/**
 * MikroORM keeps entity metadata in a process-wide object keyed by class name and file path.
 * Jest loads the entity classes again for every spec file, in a new realm, and the decorators
 * would then write into metadata objects (and Maps) left over from the previous file's realm.
 * Starting each spec file with an empty store keeps files independent.
 */
const storage = (globalThis as Record<string, unknown>)['mikro-orm-metadata'] as Record<string, unknown> | undefined;
for (const key of Object.keys(storage ?? {})) delete storage![key];
