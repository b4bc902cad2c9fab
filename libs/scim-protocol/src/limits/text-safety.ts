const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why PostgreSQL could not store `text` (a NUL character, or half of a UTF-16 surrogate pair that
 * has no UTF-8 encoding), or undefined when it can. Checked at the edge so these are 400s, never 500s.
 */
export function unstorableTextReason(text: string): string | undefined {
  if (text.includes(NUL)) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired surrogate character';
  return undefined;
}

/**
 * The first string (key or value) anywhere in a parsed JSON value that cannot be stored, with the
 * reason. Recursive: callers bound the depth first (see `exceedsJsonDepth`).
 */
export function findUnstorableText(value: unknown, where = ''): string | undefined {
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    return reason && `${where || 'A value'} ${reason}`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${where}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unstorableTextReason(key);
      if (keyReason) return `A member name ${keyReason}`;
      const found = findUnstorableText(item, where ? `${where}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Whether JSON `text` nests objects and arrays deeper than `maxDepth`, found by one pass over the
 * characters before parsing, so a 1,000,000-deep body costs a scan, not a parse and a walk.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b || char === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (char === 0x7d || char === 0x5d) {
      depth--;
    }
  }
  return false;
}
