import { describe, expect, it } from 'vitest';
import {
  addChild,
  cmpsFor,
  createCondition,
  createGroup,
  depth,
  findNode,
  fromRuleJson,
  initialTree,
  nodeForErrorPath,
  removeNode,
  setGroupOp,
  toRuleJson,
  updateCondition,
  validateTree,
  wrapInGroup,
  type ConditionNode,
  type GroupNode,
} from './ruleTree';

/** The example of the browser test: age ≥ 30 AND holds a deposit. */
function ageAndDeposit(): { tree: GroupNode; age: ConditionNode; holds: ConditionNode } {
  let tree = initialTree();
  const age = tree.children[0] as ConditionNode;
  tree = updateCondition(tree, age.id, { value: 30 });
  const holds = createCondition('holds_family');
  tree = addChild(tree, tree.id, holds);
  tree = updateCondition(tree, holds.id, { value: ['DEPOSIT'] });
  return { tree, age, holds };
}

describe('rule tree editing', () => {
  it('serialises an AND of conditions to the API rule JSON', () => {
    const { tree } = ageAndDeposit();
    expect(validateTree(tree)).toEqual([]);
    expect(toRuleJson(tree)).toEqual({
      op: 'AND',
      args: [
        { field: 'age', cmp: 'GTE', value: 30 },
        { field: 'holds_family', cmp: 'IN', value: ['DEPOSIT'] },
      ],
    });
  });

  it('nests groups and removes nodes anywhere without touching the original tree', () => {
    const { tree, holds } = ageAndDeposit();
    const group = createGroup('OR');
    let next = addChild(tree, tree.id, group);
    const income = createCondition('annual_income');
    next = addChild(next, group.id, income);
    next = updateCondition(next, income.id, { value: '500000' });
    const province = createCondition('province');
    next = addChild(next, group.id, province);
    next = updateCondition(next, province.id, { cmp: 'EQ', value: ' 上海 ' });
    expect(depth(next)).toBe(2);
    expect(toRuleJson(next)).toEqual({
      op: 'AND',
      args: [
        { field: 'age', cmp: 'GTE', value: 30 },
        { field: 'holds_family', cmp: 'IN', value: ['DEPOSIT'] },
        {
          op: 'OR',
          args: [
            { field: 'annual_income', cmp: 'GTE', value: 500000 },
            { field: 'province', cmp: 'EQ', value: '上海' },
          ],
        },
      ],
    });

    const without = removeNode(next, holds.id);
    expect(findNode(without, holds.id)).toBeUndefined();
    expect(findNode(next, holds.id)).toBeDefined();
    expect(tree.children).toHaveLength(2);
    const withoutGroup = removeNode(without, group.id);
    expect(toRuleJson(withoutGroup)).toEqual({ op: 'AND', args: [{ field: 'age', cmp: 'GTE', value: 30 }] });
    // the root cannot be removed
    expect(removeNode(next, next.id)).toBe(next);
  });

  it('writes NOT with one argument, negating several children together', () => {
    const { tree, holds } = ageAndDeposit();
    const not = setGroupOp(tree, tree.id, 'NOT');
    expect(toRuleJson(not)).toEqual({
      op: 'NOT',
      args: [{ op: 'AND', args: [{ field: 'age', cmp: 'GTE', value: 30 }, { field: 'holds_family', cmp: 'IN', value: ['DEPOSIT'] }] }],
    });
    const single = removeNode(not, holds.id);
    expect(toRuleJson(single)).toEqual({ op: 'NOT', args: [{ field: 'age', cmp: 'GTE', value: 30 }] });
  });

  it('wraps a condition in a group of its own', () => {
    const { tree, holds } = ageAndDeposit();
    const wrapped = wrapInGroup(tree, holds.id, 'NOT');
    expect(toRuleJson(wrapped)).toEqual({
      op: 'AND',
      args: [
        { field: 'age', cmp: 'GTE', value: 30 },
        { op: 'NOT', args: [{ field: 'holds_family', cmp: 'IN', value: ['DEPOSIT'] }] },
      ],
    });
  });

  it('resets comparison and value when the field changes, and reshapes values for a new comparison', () => {
    const { tree, age } = ageAndDeposit();
    const between = updateCondition(tree, age.id, { cmp: 'BETWEEN' });
    expect((findNode(between, age.id) as ConditionNode).value).toEqual([30, null]);
    const province = updateCondition(between, age.id, { field: 'province' });
    const node = findNode(province, age.id) as ConditionNode;
    expect(node).toMatchObject({ field: 'province', cmp: cmpsFor('province')[0], value: [] });
    const list = updateCondition(tree, age.id, { cmp: 'IN' });
    expect((findNode(list, age.id) as ConditionNode).value).toEqual([30]);
  });

  it('adds a window to behaviour conditions and writes channel and type only when chosen', () => {
    let tree = createGroup('AND');
    const tx = createCondition('cross_border_count');
    tree = addChild(tree, tree.id, tx);
    tree = updateCondition(tree, tx.id, { value: 3 });
    expect(toRuleJson(tree)).toEqual({ op: 'AND', args: [{ field: 'cross_border_count', cmp: 'GTE', value: 3, window_days: 90 }] });
    tree = updateCondition(tree, tx.id, { channels: ['POS'], types: ['CARD_SPEND'], windowDays: 30 });
    expect(toRuleJson(tree)).toEqual({
      op: 'AND',
      args: [{ field: 'cross_border_count', cmp: 'GTE', value: 3, window_days: 30, channel: ['POS'], type: ['CARD_SPEND'] }],
    });
    const months = createCondition('tx_months');
    tree = addChild(tree, tree.id, months);
    tree = updateCondition(tree, months.id, { value: 3, types: ['SALARY'] });
    expect((toRuleJson(tree) as { args: unknown[] }).args[1]).toEqual({ field: 'tx_months', cmp: 'GTE', value: 3, months: 3, type: ['SALARY'] });
  });

  it('reports empty groups, missing values, reversed ranges and bad windows', () => {
    let tree = createGroup('AND');
    expect(validateTree(tree)).toEqual([{ id: tree.id, code: 'emptyGroup' }]);
    const age = createCondition('age');
    tree = addChild(tree, tree.id, age);
    expect(validateTree(tree)).toEqual([{ id: age.id, code: 'missingValue' }]);
    tree = updateCondition(tree, age.id, { cmp: 'BETWEEN', value: [60, 30] });
    expect(validateTree(tree)).toEqual([{ id: age.id, code: 'badRange' }]);
    tree = updateCondition(tree, age.id, { value: [30, 60] });
    expect(validateTree(tree)).toEqual([]);
    const tx = createCondition('tx_count');
    tree = addChild(tree, tree.id, tx);
    tree = updateCondition(tree, tx.id, { value: 5, windowDays: 0 });
    expect(validateTree(tree)).toEqual([{ id: tx.id, code: 'badWindow' }]);
    const empty = createGroup('OR');
    tree = addChild(tree, tree.id, empty);
    expect(validateTree(tree).map((p) => p.code)).toContain('emptyGroup');
  });

  it('reads a stored rule back into an equivalent tree', () => {
    const rule = {
      op: 'OR',
      args: [
        { field: 'aum', cmp: 'GTE', value: 6000000 },
        { op: 'NOT', args: [{ field: 'holds_family', cmp: 'IN', value: ['LOAN'] }] },
        { field: 'tx_amount', cmp: 'BETWEEN', value: ['1000.00', '5000.00'], window_days: 30, channel: ['ATM'] },
        { field: 'holds_family', cmp: 'EQ', value: 'FX', as: 'fxHoldings', min_balance: '100.00' },
      ],
    };
    const tree = fromRuleJson(rule);
    expect(tree).not.toBeNull();
    // money comes back from the server as strings and goes out as numbers; extra keys survive
    expect(toRuleJson(tree!)).toEqual({
      ...rule,
      args: [rule.args[0], rule.args[1], { ...rule.args[2], value: [1000, 5000] }, rule.args[3]],
    });
    expect((toRuleJson(fromRuleJson({ field: 'tx_count', cmp: 'GTE', value: 1, channel: 'ATM' })!) as { args: unknown[] }).args).toEqual([
      { field: 'tx_count', cmp: 'GTE', value: 1, channel: ['ATM'] },
    ]);
    // a lone leaf becomes an AND group; garbage is refused
    expect(toRuleJson(fromRuleJson({ field: 'age', cmp: 'LT', value: 30 })!)).toEqual({ op: 'AND', args: [{ field: 'age', cmp: 'LT', value: 30 }] });
    expect(fromRuleJson({ field: 'shoe_size', cmp: 'EQ', value: 42 })).toBeNull();
    expect(fromRuleJson(null)).toBeNull();
  });
});

describe('server error paths', () => {
  it('point at the node of the rule they name, across NOT wrappers', () => {
    const { tree, age, holds } = ageAndDeposit();
    expect(nodeForErrorPath(tree, 'rule.args.1.value')?.id).toBe(holds.id);
    expect(nodeForErrorPath(tree, 'rule.args.0.windowDays')?.id).toBe(age.id);
    expect(nodeForErrorPath(tree, 'rule')?.id).toBe(tree.id);
    expect(nodeForErrorPath(tree, 'input.rule.args.9.value')?.id).toBe(tree.id);
    const not = setGroupOp(tree, tree.id, 'NOT');
    expect(nodeForErrorPath(not, 'rule.args.0.args.1.cmp')?.id).toBe(holds.id);
    expect(nodeForErrorPath(tree, null)).toBeUndefined();
  });
});
