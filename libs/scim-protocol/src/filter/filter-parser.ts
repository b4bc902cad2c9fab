import { ScimError } from '../errors/scim-error';
import { unstorableTextReason } from '../limits/text-safety';
import { COMPARISON_OPERATORS, ComparisonOperator, FilterNode, FilterValue } from './filter-ast';

export const MAX_FILTER_LENGTH = 2000;
export const MAX_FILTER_DEPTH = 50;

type Token =
  | { kind: 'open' | 'close' | 'openBracket' | 'closeBracket'; position: number }
  | { kind: 'string'; value: string; position: number }
  | { kind: 'word'; text: string; position: number };

/** RFC 7644 ATTRNAME, optionally preceded by a schema URN and followed by one sub-attribute. */
const ATTRIBUTE_PATH = /^(?:urn:[^\s()[\]"]+:)?[A-Za-z$][\w$-]*(?:\.[A-Za-z$][\w$-]*)?$/i;
const SUB_ATTRIBUTE = /^\.[A-Za-z$][\w$-]*$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function describe(token: Token | undefined): string {
  if (!token) return 'end of filter';
  switch (token.kind) {
    case 'open':
      return "'('";
    case 'close':
      return "')'";
    case 'openBracket':
      return "'['";
    case 'closeBracket':
      return "']'";
    case 'string':
      return JSON.stringify(token.value);
    case 'word':
      return `'${token.text}'`;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === '[' || char === ']') {
      const kind = char === '(' ? 'open' : char === ')' ? 'close' : char === '[' ? 'openBracket' : 'closeBracket';
      tokens.push({ kind, position: i });
      i++;
    } else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw ScimError.invalidFilter(`Unterminated string starting at position ${i + 1}`);
      const raw = text.slice(i, end + 1);
      let value: string;
      try {
        value = JSON.parse(raw) as string;
      } catch {
        throw ScimError.invalidFilter(`Invalid escape sequence in string ${raw}`);
      }
      // An escape (`\u0000`, `\ud800`) can spell what the raw text may not contain.
      const unstorable = unstorableTextReason(value);
      if (unstorable) throw ScimError.invalidFilter(`The string at position ${i + 1} ${unstorable}`);
      tokens.push({ kind: 'string', value, position: i });
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && !/[\s()[\]"]/.test(text[end])) end++;
      tokens.push({ kind: 'word', text: text.slice(i, end), position: i });
      i = end;
    }
  }
  return tokens;
}

class FilterParser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(insideValuePath: boolean): FilterNode {
    const node = this.parseOr(insideValuePath);
    const rest = this.peek();
    if (rest) {
      throw ScimError.invalidFilter(`Unexpected ${describe(rest)} at position ${rest.position + 1}; expected 'and', 'or' or end of filter`);
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token | undefined {
    return this.tokens[this.index++];
  }

  private peekKeyword(keyword: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toLowerCase() === keyword;
  }

  private enter(): void {
    if (++this.depth > MAX_FILTER_DEPTH) {
      throw ScimError.invalidFilter(`Filter is nested more than ${MAX_FILTER_DEPTH} levels deep`);
    }
  }

  private parseOr(insideValuePath: boolean): FilterNode {
    let left = this.parseAnd(insideValuePath);
    while (this.peekKeyword('or')) {
      this.next();
      left = { type: 'or', left, right: this.parseAnd(insideValuePath) };
    }
    return left;
  }

  private parseAnd(insideValuePath: boolean): FilterNode {
    let left = this.parseUnary(insideValuePath);
    while (this.peekKeyword('and')) {
      this.next();
      left = { type: 'and', left, right: this.parseUnary(insideValuePath) };
    }
    return left;
  }

  private parseUnary(insideValuePath: boolean): FilterNode {
    this.enter();
    try {
      const token = this.peek();
      if (!token) throw ScimError.invalidFilter('Unexpected end of filter; expected an attribute or \'(\'');
      if (token.kind === 'word' && token.text.toLowerCase() === 'not') {
        this.next();
        // RFC 7644 requires parentheses after `not`; a bare `not attr eq x` is accepted too.
        return { type: 'not', filter: this.parseUnary(insideValuePath) };
      }
      if (token.kind === 'open') {
        this.next();
        const inner = this.parseOr(insideValuePath);
        this.expect('close', "')'");
        return inner;
      }
      return this.parseAttributeExpression(insideValuePath);
    } finally {
      this.depth--;
    }
  }

  private expect(kind: Token['kind'], what: string): void {
    const token = this.next();
    if (token?.kind !== kind) {
      const where = token ? ` at position ${token.position + 1}` : '';
      throw ScimError.invalidFilter(`Expected ${what} but found ${describe(token)}${where}`);
    }
  }

  private parseAttributeExpression(insideValuePath: boolean): FilterNode {
    const token = this.next();
    if (token?.kind !== 'word' || !ATTRIBUTE_PATH.test(token.text) || NUMBER.test(token.text)) {
      const where = token ? ` at position ${token.position + 1}` : '';
      throw ScimError.invalidFilter(`Expected an attribute name but found ${describe(token)}${where}`);
    }
    const attrPath = token.text;

    if (this.peek()?.kind === 'openBracket') {
      if (insideValuePath) throw ScimError.invalidFilter(`Value filters cannot be nested ('${attrPath}[')`);
      this.next();
      const inner = this.parseOr(true);
      this.expect('closeBracket', "']'");
      const after = this.peek();
      // Entra ID sends `emails[type eq "work"].value eq "x"` although the RFC grammar has no sub-attribute
      // after a value filter; it means "an element matching both", so it becomes one value path.
      if (after?.kind === 'word' && SUB_ATTRIBUTE.test(after.text)) {
        this.next();
        const subCondition = this.parseCondition(after.text.slice(1));
        return { type: 'valuePath', attrPath, filter: { type: 'and', left: inner, right: subCondition } };
      }
      return { type: 'valuePath', attrPath, filter: inner };
    }
    return this.parseCondition(attrPath);
  }

  private parseCondition(attrPath: string): FilterNode {
    const operatorToken = this.next();
    if (operatorToken?.kind !== 'word') {
      throw ScimError.invalidFilter(`Expected an operator after '${attrPath}' but found ${describe(operatorToken)}`);
    }
    const operator = operatorToken.text.toLowerCase();
    if (operator === 'pr') return { type: 'present', attrPath };
    if (!(COMPARISON_OPERATORS as readonly string[]).includes(operator)) {
      throw ScimError.invalidFilter(
        `Unknown operator '${operatorToken.text}' after '${attrPath}'; expected one of eq, ne, co, sw, ew, gt, ge, lt, le, pr`,
      );
    }
    return { type: 'comparison', op: operator as ComparisonOperator, attrPath, value: this.parseValue(attrPath, operator) };
  }

  /**
   * RFC 7644 quotes strings, but real clients do not always: Microsoft's reference tests send
   * `userName sw O` and `meta.created gt 2015-10-10T14:38:21.8617979-07:00`. Any other bare word
   * after an operator is read as a string.
   */
  private parseValue(attrPath: string, operator: string): FilterValue {
    const token = this.next();
    if (token?.kind === 'string') return token.value;
    if (token?.kind === 'word') {
      const lower = token.text.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      if (lower === 'null') return null;
      if (NUMBER.test(token.text)) return Number(token.text);
      return token.text;
    }
    throw ScimError.invalidFilter(
      `Expected a value (a string, number, true, false or null) after '${attrPath} ${operator}' but found ${describe(token)}`,
    );
  }
}

function assertFilterText(text: string): void {
  if (text.length > MAX_FILTER_LENGTH) {
    throw ScimError.invalidFilter(`Filter is longer than ${MAX_FILTER_LENGTH} characters`);
  }
  const unstorable = unstorableTextReason(text);
  if (unstorable) throw ScimError.invalidFilter(`Filter ${unstorable}`);
}

/** Parses an RFC 7644 §3.4.2.2 filter. Every syntax error is a 400 invalidFilter. */
export function parseFilter(text: string): FilterNode {
  if (typeof text !== 'string' || text.trim().length === 0) throw ScimError.invalidFilter('Filter is empty');
  assertFilterText(text);
  return new FilterParser(tokenize(text)).parse(false);
}

/** Parses the inside of a PATCH value selector (`type eq "work"` in `emails[type eq "work"]`). */
export function parseValueFilter(text: string): FilterNode {
  if (text.trim().length === 0) throw ScimError.invalidFilter('Value filter is empty');
  assertFilterText(text);
  return new FilterParser(tokenize(text)).parse(true);
}
