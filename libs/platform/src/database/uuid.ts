const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from clients; a malformed one is simply nobody, never a database cast error (500). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
