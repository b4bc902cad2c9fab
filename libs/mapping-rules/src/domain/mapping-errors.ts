import { ConflictError, InvalidInputError, NotFoundError } from '@app/platform';

export class MappingNotFoundError extends NotFoundError {}
export class MappingRuleNotFoundError extends NotFoundError {}
export class InvalidRulePatternError extends InvalidInputError {}
export class InvalidMappingTargetError extends InvalidInputError {}
/** docs/mapping-rules.md: an entity is the target of at most one group's live mapping. */
export class TargetAlreadyMappedError extends ConflictError {}
export class MappingStateError extends ConflictError {}
