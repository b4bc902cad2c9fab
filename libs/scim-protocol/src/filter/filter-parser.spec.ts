import { ScimError } from '../errors/scim-error';
import { FilterNode } from './filter-ast';
import { parseFilter, parseValueFilter } from './filter-parser';

const eq = (attrPath: string, value: unknown): FilterNode => ({ type: 'comparison', op: 'eq', attrPath, value } as FilterNode);

function expectInvalidFilter(text: string, detail?: RegExp): void {
  let caught: unknown;
  try {
    parseFilter(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ScimError);
  const error = caught as ScimError;
  expect(error.status).toBe(400);
  expect(error.scimType).toBe('invalidFilter');
  if (detail) expect(error.detail).toMatch(detail);
}

describe('parseFilter', () => {
  it.each(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'])('parses the %s operator', (op) => {
    expect(parseFilter(`userName ${op} "bjensen"`)).toEqual({ type: 'comparison', op, attrPath: 'userName', value: 'bjensen' });
  });

  it('parses pr', () => {
    expect(parseFilter('title pr')).toEqual({ type: 'present', attrPath: 'title' });
  });

  it('accepts operators and keywords in any case, keeping the attribute name as written', () => {
    expect(parseFilter('username Eq "jane@acme.com"')).toEqual(eq('username', 'jane@acme.com'));
    expect(parseFilter('userName EQ "x" AND title PR')).toEqual({
      type: 'and',
      left: eq('userName', 'x'),
      right: { type: 'present', attrPath: 'title' },
    });
    expect(parseFilter('email Co "acme"')).toMatchObject({ op: 'co', attrPath: 'email' });
  });

  it('parses true, false, null and numbers in any case', () => {
    expect(parseFilter('active eq true')).toEqual(eq('active', true));
    expect(parseFilter('active eq FALSE')).toEqual(eq('active', false));
    expect(parseFilter('title eq null')).toEqual(eq('title', null));
    expect(parseFilter('x gt 10')).toEqual({ type: 'comparison', op: 'gt', attrPath: 'x', value: 10 });
    expect(parseFilter('x le -2.5e3')).toEqual({ type: 'comparison', op: 'le', attrPath: 'x', value: -2500 });
  });

  it("reads an unquoted value as a string, as Microsoft's reference tests send it", () => {
    expect(parseFilter('userName sw O')).toEqual({ type: 'comparison', op: 'sw', attrPath: 'userName', value: 'O' });
    expect(parseFilter('meta.created gt 2015-10-10T14:38:21.8617979-07:00 and active eq true')).toEqual({
      type: 'and',
      left: { type: 'comparison', op: 'gt', attrPath: 'meta.created', value: '2015-10-10T14:38:21.8617979-07:00' },
      right: { type: 'comparison', op: 'eq', attrPath: 'active', value: true },
    });
  });

  it.each([
    ['an escaped NUL', 'userName eq "a\\u0000"'],
    ['an escaped lone surrogate', 'userName eq "\\ud800x"'],
    ['a raw NUL in an unquoted value', 'userName eq a\u0000'],
  ])('rejects %s with invalidFilter', (_label, filter) => {
    expect(() => parseFilter(filter)).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });

  it('decodes JSON escapes in strings', () => {
    expect(parseFilter('displayName eq "say \\"hi\\" \\\\ \\u00e9\\n"')).toEqual(eq('displayName', 'say "hi" \\ é\n'));
    expect(parseFilter('displayName eq "a ) or ( b ]"')).toEqual(eq('displayName', 'a ) or ( b ]'));
  });

  it('binds and tighter than or', () => {
    expect(parseFilter('a eq "1" or b eq "2" and c eq "3"')).toEqual({
      type: 'or',
      left: eq('a', '1'),
      right: { type: 'and', left: eq('b', '2'), right: eq('c', '3') },
    });
    expect(parseFilter('a eq "1" and b eq "2" or c eq "3"')).toEqual({
      type: 'or',
      left: { type: 'and', left: eq('a', '1'), right: eq('b', '2') },
      right: eq('c', '3'),
    });
  });

  it('honours parentheses and is left-associative', () => {
    expect(parseFilter('(a eq "1" or b eq "2") and c eq "3"')).toEqual({
      type: 'and',
      left: { type: 'or', left: eq('a', '1'), right: eq('b', '2') },
      right: eq('c', '3'),
    });
    expect(parseFilter('a eq "1" or b eq "2" or c eq "3"')).toEqual({
      type: 'or',
      left: { type: 'or', left: eq('a', '1'), right: eq('b', '2') },
      right: eq('c', '3'),
    });
  });

  it('parses not', () => {
    expect(parseFilter('not (userName eq "x")')).toEqual({ type: 'not', filter: eq('userName', 'x') });
    expect(parseFilter('NOT(a pr) and b pr')).toEqual({
      type: 'and',
      left: { type: 'not', filter: { type: 'present', attrPath: 'a' } },
      right: { type: 'present', attrPath: 'b' },
    });
  });

  it('parses value paths', () => {
    expect(parseFilter('emails[type eq "work" and value co "@x"]')).toEqual({
      type: 'valuePath',
      attrPath: 'emails',
      filter: { type: 'and', left: eq('type', 'work'), right: { type: 'comparison', op: 'co', attrPath: 'value', value: '@x' } },
    });
    expect(parseFilter('userType eq "Employee" and emails[type eq "work"]')).toMatchObject({
      type: 'and',
      right: { type: 'valuePath', attrPath: 'emails' },
    });
  });

  it("reads Entra's `emails[type eq \"work\"].value eq \"x\"` as one element matching both conditions", () => {
    expect(parseFilter('emails[type eq "work"].value eq "jane@acme.com"')).toEqual({
      type: 'valuePath',
      attrPath: 'emails',
      filter: { type: 'and', left: eq('type', 'work'), right: eq('value', 'jane@acme.com') },
    });
  });

  it('parses URN-qualified and dotted attribute names', () => {
    expect(parseFilter('urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole eq "Admin"')).toEqual(
      eq('urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole', 'Admin'),
    );
    expect(parseFilter('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "1"')).toEqual(
      eq('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value', '1'),
    );
    expect(parseFilter('name.givenName sw "J"')).toMatchObject({ attrPath: 'name.givenName', op: 'sw' });
    expect(parseFilter('meta.lastModified gt "2011-05-13T04:42:34Z"')).toMatchObject({ attrPath: 'meta.lastModified' });
  });

  it('tolerates whitespace', () => {
    expect(parseFilter('  ( userName   eq  "x" )  ')).toEqual(eq('userName', 'x'));
  });

  describe('rejects with invalidFilter', () => {
    it.each([
      ['an empty filter', '', /empty/],
      ['a bare string', '"x"', /attribute name/],
      ['a bare word', 'bob', /operator after 'bob'/],
      ['an unknown operator', 'userName like "x"', /Unknown operator 'like'/],
      ['a missing value', 'userName eq', /Expected a value/],
      ['an unclosed parenthesis', '(userName eq "x"', /Expected '\)'/],
      ['an extra closing parenthesis', 'userName eq "x")', /Unexpected '\)'/],
      ['trailing garbage', 'userName eq "x" garbage', /Unexpected 'garbage'/],
      ['a dangling and', 'userName eq "x" and', /end of filter/],
      ['an unterminated string', 'userName eq "x', /Unterminated/],
      ['a bad escape', 'userName eq "\\q"', /escape/],
      ['an unclosed value path', 'emails[type eq "work"', /Expected '\]'/],
      ['a nested value path', 'emails[type[value eq "x"] eq "y"]', /nested/],
      ['a number as attribute', '12 eq "x"', /attribute name/],
      ['an invalid attribute name', 'user%Name eq "x"', /attribute name/],
      ['pr with a value', 'title pr "x"', /Unexpected/],
    ])('%s', (_label, text, detail) => expectInvalidFilter(text, detail));

    it('filters longer than 2000 characters', () => {
      expectInvalidFilter(`userName eq "${'a'.repeat(2000)}"`, /longer than 2000/);
    });

    it('nesting deeper than 50 levels', () => {
      expectInvalidFilter(`${'('.repeat(60)}a pr${')'.repeat(60)}`, /nested/);
      expect(() => parseFilter(`${'('.repeat(40)}a pr${')'.repeat(40)}`)).not.toThrow();
    });
  });
});

describe('parseValueFilter', () => {
  it('parses the inside of a PATCH selector', () => {
    expect(parseValueFilter('value eq "abc"')).toEqual(eq('value', 'abc'));
  });
});
