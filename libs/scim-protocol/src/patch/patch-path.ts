import { ScimError } from '../errors/scim-error';
import { FilterNode } from '../filter/filter-ast';
import { MAX_FILTER_LENGTH, parseValueFilter } from '../filter/filter-parser';

export interface PatchPath {
  /** `name.familyName`, `urn:…:User:OrganizationRole`, or the multi-valued attribute before `[`. */
  attrPath: string;
  filter?: FilterNode;
  /** The sub-attribute after the value filter: `value` in `emails[type eq "work"].value`. */
  subAttribute?: string;
}

const ATTRIBUTE_PATH = /^(?:urn:[^\s()[\]"]+:)?[A-Za-z$][\w$-]*(?:\.[A-Za-z$][\w$-]*)?$/i;
const SUB_ATTRIBUTE = /^\.([A-Za-z$][\w$-]*)$/;
const SCHEMA_URN = /^urn:[^\s()[\]"]+$/i;
/** A value filter plus an attribute path around it. */
const MAX_PATH_LENGTH = MAX_FILTER_LENGTH + 256;

/** Parses an RFC 7644 §3.5.2 PATCH path. Syntax errors, including in the value filter, are invalidPath. */
export function parsePatchPath(raw: string): PatchPath {
  if (raw.length > MAX_PATH_LENGTH) throw ScimError.invalidPath(`A path may be at most ${MAX_PATH_LENGTH} characters long`);
  const path = raw.trim();
  const open = path.indexOf('[');
  if (open === -1) {
    if (!ATTRIBUTE_PATH.test(path) && !SCHEMA_URN.test(path)) throw ScimError.invalidPath(`Invalid path '${raw}'`);
    return { attrPath: path };
  }

  const attrPath = path.slice(0, open);
  if (!ATTRIBUTE_PATH.test(attrPath) || (attrPath.includes('.') && !attrPath.toLowerCase().startsWith('urn:'))) {
    throw ScimError.invalidPath(`Invalid path '${raw}': a value filter must follow a multi-valued attribute name`);
  }
  const close = findClosingBracket(path, open);
  if (close === -1) throw ScimError.invalidPath(`Invalid path '${raw}': missing ']'`);

  let filter: FilterNode;
  try {
    filter = parseValueFilter(path.slice(open + 1, close));
  } catch (error) {
    if (error instanceof ScimError) throw ScimError.invalidPath(`Invalid value filter in path '${raw}': ${error.detail}`);
    throw error;
  }

  const rest = path.slice(close + 1);
  if (rest === '') return { attrPath, filter };
  const sub = SUB_ATTRIBUTE.exec(rest);
  if (!sub) throw ScimError.invalidPath(`Invalid path '${raw}': unexpected '${rest}' after the value filter`);
  return { attrPath, filter, subAttribute: sub[1] };
}

function findClosingBracket(text: string, open: number): number {
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === ']') {
      return i;
    }
  }
  return -1;
}
