import { RE2JS } from 're2js';
import { InvalidRulePatternError } from './mapping-errors';
import type { RuleType } from './mapping-types';

export interface RuleDefinition {
  id: string;
  type: RuleType;
  pattern: string | null;
  priority: number;
  enabled: boolean;
}

/**
 * RE2 semantics (linear-time, no backreferences): a rule pattern typed by an admin can never make
 * group provisioning hang on a crafted group name. Throws the parse error for an invalid pattern.
 */
export function compileRegex(pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (error) {
    throw new InvalidRulePatternError(`Invalid regular expression: ${(error as Error).message}`);
  }
}

/** Checks a rule's pattern against its type before it is stored. */
export function validateRulePattern(type: RuleType, pattern: string | null | undefined): string | null {
  if (type === 'match_all') return null;
  if (pattern === undefined || pattern === null || pattern.trim() === '') {
    throw new InvalidRulePatternError(`A ${type} rule needs a pattern`);
  }
  if (type === 'regex') compileRegex(pattern);
  return type === 'prefix' ? pattern.trim() : pattern;
}

export function ruleMatches(rule: Pick<RuleDefinition, 'type' | 'pattern'>, groupName: string): boolean {
  switch (rule.type) {
    case 'match_all':
      return true;
    case 'prefix':
      return groupName.trim().toLowerCase().startsWith((rule.pattern ?? '').trim().toLowerCase());
    case 'regex':
      return compileRegex(rule.pattern ?? '').matcher(groupName).find();
  }
}

/** Rules are tried from the highest priority; the first enabled one that matches wins. */
export function findWinningRule<R extends RuleDefinition>(rules: readonly R[], groupName: string): R | undefined {
  return [...rules]
    .filter((rule) => rule.enabled)
    .sort((a, b) => b.priority - a.priority)
    .find((rule) => ruleMatches(rule, groupName));
}
