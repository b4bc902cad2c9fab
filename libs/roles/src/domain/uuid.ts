const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from callers; a malformed one is simply nobody, not a database cast error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
