import { findWinningRule, ruleMatches, validateRulePattern } from './rule-matcher';
import { InvalidRulePatternError } from './mapping-errors';

const rule = (id: string, type: 'prefix' | 'regex' | 'match_all', pattern: string | null, priority: number, enabled = true) => ({ id, type, pattern, priority, enabled });

describe('rule matcher', () => {
  it('matches a prefix case-insensitively on the trimmed name', () => {
    expect(ruleMatches(rule('a', 'prefix', 'Eng-', 1), '  eng-Platform ')).toBe(true);
    expect(ruleMatches(rule('a', 'prefix', 'eng-', 1), 'Sales')).toBe(false);
  });

  it('matches a regex against the group name', () => {
    expect(ruleMatches(rule('a', 'regex', '^team-[0-9]+$', 1), 'team-42')).toBe(true);
    expect(ruleMatches(rule('a', 'regex', '^team-[0-9]+$', 1), 'team-x')).toBe(false);
  });

  it('evaluates a pathological pattern in linear time', () => {
    const started = Date.now();
    expect(ruleMatches(rule('a', 'regex', '^(a+)+$', 1), 'a'.repeat(5000) + '!')).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects an invalid regex with the parse error, and a missing pattern', () => {
    expect(() => validateRulePattern('regex', '(unclosed')).toThrow(InvalidRulePatternError);
    expect(() => validateRulePattern('regex', '(unclosed')).toThrow(/missing closing \)/);
    expect(() => validateRulePattern('prefix', '  ')).toThrow(InvalidRulePatternError);
    expect(validateRulePattern('match_all', 'ignored')).toBeNull();
  });

  it('picks the highest-priority enabled match', () => {
    const rules = [rule('all', 'match_all', null, 1), rule('eng', 'prefix', 'eng', 10), rule('off', 'prefix', 'eng', 99, false), rule('engp', 'prefix', 'eng-p', 20)];
    expect(findWinningRule(rules, 'eng-platform')?.id).toBe('engp');
    expect(findWinningRule(rules, 'eng-web')?.id).toBe('eng');
    expect(findWinningRule(rules, 'sales')?.id).toBe('all');
    expect(findWinningRule([], 'sales')).toBeUndefined();
  });
});
