import { describe, expect, it } from 'vitest';
import { fromRuleJson } from './ruleTree';
import { ruleSummary, type RuleWords } from './ruleText';

const words: RuleWords = {
  field: (f) => f,
  cmp: (c) => ({ GTE: '≥', EQ: '=', IN: 'in', BETWEEN: 'between' })[c] ?? c,
  option: (_, v) => v.toLowerCase(),
  and: 'AND',
  or: 'OR',
  not: 'NOT',
  window: (n, unit) => `${n} ${unit}`,
  channel: (c) => c,
  type: (t) => t,
  listSeparator: ', ',
};

describe('rule summary', () => {
  it('reads a nested rule as one line with brackets where the grouping matters', () => {
    const tree = fromRuleJson({
      op: 'AND',
      args: [
        { field: 'age', cmp: 'BETWEEN', value: [22, 35] },
        { op: 'OR', args: [{ field: 'aum', cmp: 'GTE', value: '6000000.00' }, { field: 'holds_family', cmp: 'IN', value: ['WEALTH', 'FX'] }] },
        { op: 'NOT', args: [{ field: 'tx_count', cmp: 'GTE', value: 3, window_days: 30, channel: ['ATM'] }] },
      ],
    })!;
    expect(ruleSummary(tree, words)).toBe(
      'age between 22–35 AND (aum ≥ ¥6,000,000 OR holds_family in wealth, fx) AND NOT tx_count ≥ 3（30 days，ATM）',
    );
  });
});
