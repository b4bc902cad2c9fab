import { ScimError } from '../errors/scim-error';
import { AttributeMap } from '../filter/filter-to-sql';
import { GROUP_RESOURCE_TYPE } from '../schema/resource-types';
import { parseListParams } from './list-params';
import { listResponse } from './list-response';
import { sortToSql } from './sort-to-sql';

const options = { defaultCount: 100, maxCount: 200 };

function scimErrorOf(action: () => unknown): ScimError {
  try {
    action();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('parseListParams', () => {
  it('applies defaults', () => {
    expect(parseListParams({}, options)).toEqual({
      filter: undefined,
      filterText: undefined,
      startIndex: 1,
      count: 100,
      sortBy: undefined,
      sortOrder: 'ascending',
      attributes: undefined,
      excludedAttributes: undefined,
    });
  });

  it('reads every parameter, matching names case-insensitively and ignoring unknown ones', () => {
    const params = parseListParams(
      {
        FILTER: 'userName eq "x"',
        startindex: '3',
        Count: '2',
        sortBy: 'userName',
        SORTORDER: 'Descending',
        attributes: 'userName, name.givenName',
        excludedattributes: 'members',
        aadOptscim062020: '',
      },
      options,
    );
    expect(params).toEqual({
      filter: { type: 'comparison', op: 'eq', attrPath: 'userName', value: 'x' },
      filterText: 'userName eq "x"',
      startIndex: 3,
      count: 2,
      sortBy: 'userName',
      sortOrder: 'descending',
      attributes: ['userName', 'name.givenName'],
      excludedAttributes: ['members'],
    });
  });

  it('treats startIndex < 1 as 1, negative count as 0, caps count', () => {
    expect(parseListParams({ startIndex: '0', count: '-5' }, options)).toMatchObject({ startIndex: 1, count: 0 });
    expect(parseListParams({ startIndex: -3, count: 5000 }, options)).toMatchObject({ startIndex: 1, count: 200 });
  });

  it('rejects non-numeric startIndex and count with invalidValue', () => {
    expect(scimErrorOf(() => parseListParams({ startIndex: 'abc' }, options)).scimType).toBe('invalidValue');
    expect(scimErrorOf(() => parseListParams({ count: '1.5' }, options)).scimType).toBe('invalidValue');
  });

  it('rejects an unknown sortOrder', () => {
    expect(scimErrorOf(() => parseListParams({ sortOrder: 'up' }, options)).scimType).toBe('invalidValue');
  });

  it('rejects a bad filter with invalidFilter and ignores an empty one', () => {
    expect(scimErrorOf(() => parseListParams({ filter: '"x"' }, options)).scimType).toBe('invalidFilter');
    expect(parseListParams({ filter: '' }, options).filter).toBeUndefined();
  });

  it('takes the first of a repeated parameter', () => {
    expect(parseListParams({ count: ['5', '7'] }, options).count).toBe(5);
  });
});

describe('sortToSql', () => {
  const map: AttributeMap = {
    resourceType: GROUP_RESOURCE_TYPE,
    attributes: {
      displayName: { kind: 'scalar', sql: 'g.display_name', type: 'string', caseExact: false },
      externalId: { kind: 'scalar', sql: 'g.external_id', type: 'string', caseExact: true },
      members: { kind: 'multi', exists: (c) => c, subAttributes: {}, defaultSub: 'value' },
    },
  };

  it('builds an expression for scalar attributes', () => {
    expect(sortToSql('DisplayName', 'ascending', map)).toBe('lower(g.display_name) ASC');
    expect(sortToSql('externalId', 'descending', map)).toBe('g.external_id DESC');
    expect(sortToSql(undefined, 'ascending', map)).toBeUndefined();
  });

  it('rejects unknown or multi-valued sortBy', () => {
    expect(scimErrorOf(() => sortToSql('nope', 'ascending', map)).scimType).toBe('invalidValue');
    expect(scimErrorOf(() => sortToSql('members', 'ascending', map)).scimType).toBe('invalidValue');
  });
});

describe('listResponse', () => {
  it('wraps resources, including an empty page', () => {
    expect(listResponse([], { totalResults: 0, startIndex: 1 })).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
    expect(listResponse([{ id: 'a' }], { totalResults: 5, startIndex: 3, itemsPerPage: 1 })).toMatchObject({ totalResults: 5, startIndex: 3, itemsPerPage: 1 });
  });
});
