export * from './constants';
export { ScimError } from './errors/scim-error';
export type { ScimErrorBody, ScimType } from './errors/scim-error';

export type * from './schema/attribute-definition';
export { USER_SCHEMA } from './schema/user.schema';
export { GROUP_SCHEMA } from './schema/group.schema';
export {
  ENTERPRISE_USER_EXTENSION,
  LAMBDATEST_GROUP_EXTENSION,
  LAMBDATEST_USER_EXTENSION,
  ORGANIZATION_ROLES,
} from './schema/extension.schemas';
export type { OrganizationRole } from './schema/extension.schemas';
export { GROUP_RESOURCE_TYPE, RESOURCE_TYPES, USER_RESOURCE_TYPE, schemasOf } from './schema/resource-types';
export { findAttribute, findSchema, resolveAttributePath } from './schema/attribute-path';
export type { ResolvedAttributePath } from './schema/attribute-path';
export {
  findResourceTypeDocument,
  findSchemaDocument,
  resourceTypeDocument,
  resourceTypes,
  schemaDocument,
  schemas,
  serviceProviderConfig,
} from './schema/discovery';
export type { ServiceProviderConfigOptions } from './schema/discovery';

export type { ComparisonOperator, FilterNode, FilterValue } from './filter/filter-ast';
export { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, parseFilter, parseValueFilter } from './filter/filter-parser';
export { escapeLike, filterToSql, lookupSqlAttribute } from './filter/filter-to-sql';
export type { AttributeMap, SqlAttribute, SqlFragment, SqlScalar, SqlValueType } from './filter/filter-to-sql';
export { matchesFilter, matchesValueFilter } from './filter/match-filter';

export { parseAttributeList, parseListParams } from './list/list-params';
export type { ListParams, ListParamsOptions, SortOrder } from './list/list-params';
export { sortToSql } from './list/sort-to-sql';
export { listResponse } from './list/list-response';
export type { ListPage, ListResponse } from './list/list-response';
export { isAttributeRequested, projectResource } from './projection/project-resource';
export type { ProjectionParams } from './projection/project-resource';

export { assertMemberCount, parsePatchRequest } from './patch/patch-request';
export type { PatchOpName, PatchOperation } from './patch/patch-request';
export { parsePatchPath } from './patch/patch-path';
export type { PatchPath } from './patch/patch-path';
export { extractEqualityValues } from './patch/delegated-op';
export type { DelegatedOp, DelegatedValue } from './patch/delegated-op';
export { applyPatch } from './patch/patch-engine';
export type { ApplyPatchOptions, PatchResult } from './patch/patch-engine';

export { normalizeResourceInput } from './resource/normalize-resource-input';
export { buildMeta, weakEtag } from './resource/build-meta';
export type { BuildMetaInput, ResourceMeta } from './resource/build-meta';
export { coerceBoolean, isPlainObject, jsonEqual } from './values/coerce';
export { normalizeAttributeValue } from './values/normalize-value';

export * from './http';

export { DEFAULT_MAX_STRING_LENGTH, MAX_JSON_DEPTH, MAX_MULTI_VALUES, MAX_START_INDEX, scimRequestLimits } from './limits/request-limits';
export type { ScimRequestLimits } from './limits/request-limits';
export { exceedsJsonDepth, findUnstorableText, unstorableTextReason } from './limits/text-safety';
export { EMAIL_MAX_LENGTH, EXTERNAL_ID_MAX_LENGTH, NAME_MAX_LENGTH } from './schema/attribute-builders';
export { isValidDateTime } from './values/date-time';
