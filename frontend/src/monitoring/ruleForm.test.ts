import { describe, expect, it } from 'vitest';
import type { RiskRuleRowFragment } from '../gql/graphql';
import { fromRule, levelsHintKey, NEW_RULE, normalizeCode, toCreateInput, toUpdateVariables, validateRule, watchesRise, type RuleFormValues } from './ruleForm';

const valid: RuleFormValues = {
  ...NEW_RULE,
  code: 'LOAN_NPL_WATCH',
  nameZh: '贷款不良率监控',
  nameEn: 'Loan NPL watch',
  metric: 'NPL_RATIO',
  condition: 'ABOVE',
  scope: 'FAMILY',
  family: 'LOAN',
  normalLow: '0',
  normalHigh: '3',
  warningLevel: '5',
  criticalLevel: '8',
};

const issues = (values: Partial<RuleFormValues>, context = {}) =>
  validateRule({ ...valid, ...values }, context).map((issue) => `${issue.field}:${issue.key.replace('monitoring.rule.v.', '')}`);

const stored: RiskRuleRowFragment = {
  id: 'Umlza1J1bGU6MQ==',
  code: 'LOAN_NPL_RATIO',
  nameZh: '贷款不良率',
  nameEn: 'Loan NPL ratio',
  description: '',
  metric: 'NPL_RATIO',
  scope: 'FAMILY',
  family: 'LOAN',
  condition: 'ABOVE',
  normalLow: '0.0000',
  normalHigh: '3.0000',
  warningLevel: '5.0000',
  criticalLevel: '8.0000',
  windowDays: 1,
  baselineDays: 30,
  enabled: true,
  autoAction: 'NONE',
  version: 4,
  updatedAt: '2026-05-01T00:00:00Z',
  product: null,
  pendingChange: null,
  owner: null,
};

describe('validateRule', () => {
  it('accepts a complete rule', () => {
    expect(issues({})).toEqual([]);
  });

  it('wants a code of 2–40 capitals, digits or underscores starting with a letter (as the server upper-cases it)', () => {
    expect(issues({ code: '9NPL' })).toEqual(['code:codePattern']);
    expect(issues({ code: 'A' })).toEqual(['code:codePattern']);
    expect(issues({ code: 'NPL-WATCH' })).toEqual(['code:codePattern']);
    expect(issues({ code: 'A'.repeat(41) })).toEqual(['code:codePattern']);
    expect(issues({ code: ' npl_watch ' })).toEqual([]);
    expect(normalizeCode(' npl_watch ')).toBe('NPL_WATCH');
  });

  it('wants both names, within their lengths', () => {
    expect(issues({ nameZh: '  ', nameEn: '' })).toEqual(['nameZh:required', 'nameEn:required']);
    expect(issues({ nameZh: '长'.repeat(101) })).toEqual(['nameZh:tooLong']);
  });

  it('wants the family or product the scope names', () => {
    expect(issues({ family: null })).toEqual(['family:familyRequired']);
    expect(issues({ scope: 'PRODUCT', productId: null })).toEqual(['productId:productRequired']);
    expect(issues({ scope: 'ALL', family: null })).toEqual([]);
  });

  it('keeps loan-only metrics to loans', () => {
    expect(issues({ family: 'DEPOSIT' })).toEqual(['metric:loanOnly']);
    expect(issues({ scope: 'PRODUCT', productId: 'p' }, { productFamily: 'WEALTH' })).toEqual(['metric:loanOnly']);
    expect(issues({ scope: 'PRODUCT', productId: 'p' }, { productFamily: 'LOAN' })).toEqual([]);
    expect(issues({ scope: 'ALL', family: null })).toEqual([]);
  });

  it('orders the levels by the condition: ABOVE rises, BELOW falls', () => {
    expect(issues({ criticalLevel: '4' })).toEqual(['criticalLevel:criticalAbove']);
    expect(issues({ normalHigh: '6' })).toEqual(['normalHigh:normalBeforeWarning']);
    expect(issues({ normalLow: '4', normalHigh: '3' })).toEqual(['normalLow:rangeOrder']);
    const below = { metric: 'SATISFACTION' as const, scope: 'ALL' as const, condition: 'BELOW' as const, normalLow: '3.5', normalHigh: null };
    expect(issues({ ...below, warningLevel: '3', criticalLevel: '2.5' })).toEqual([]);
    expect(issues({ ...below, warningLevel: '3', criticalLevel: '3.2' })).toEqual(['criticalLevel:criticalBelow']);
    expect(issues({ ...below, normalLow: '2.9', warningLevel: '3', criticalLevel: '2.5' })).toEqual(['normalLow:normalBeforeWarning']);
  });

  it('reads a negative CHANGE_VS_AVERAGE warning level as watching falls', () => {
    const change = { metric: 'TX_COUNT' as const, scope: 'ALL' as const, condition: 'CHANGE_VS_AVERAGE' as const, normalHigh: null, windowDays: 7, baselineDays: 28 };
    expect(issues({ ...change, normalLow: '-30', warningLevel: '-30', criticalLevel: '-50' })).toEqual([]);
    expect(issues({ ...change, normalLow: null, warningLevel: '-30', criticalLevel: '-20' })).toEqual(['criticalLevel:criticalBelow']);
    expect(issues({ ...change, normalLow: null, warningLevel: '20', criticalLevel: '40' })).toEqual([]);
    expect(watchesRise('CHANGE_VS_AVERAGE', -1)).toBe(false);
    expect(watchesRise('CHANGE_VS_AVERAGE', 0)).toBe(true);
    expect(watchesRise('BELOW', 5)).toBe(false);
  });

  it('wants numbers for the levels and a warning level', () => {
    expect(issues({ warningLevel: '' })).toEqual(['warningLevel:required']);
    expect(issues({ criticalLevel: 'abc' })).toEqual(['criticalLevel:notNumber']);
    expect(issues({ criticalLevel: '1e16' })).toEqual(['criticalLevel:notNumber']);
  });

  it('keeps the window within 1–366 days and the baseline within 1–730', () => {
    expect(issues({ windowDays: 0 })).toEqual(['windowDays:days']);
    expect(issues({ windowDays: 367 })).toEqual(['windowDays:days']);
    expect(issues({ windowDays: 366, baselineDays: 730 })).toEqual([]);
    expect(issues({ baselineDays: 731 })).toEqual(['baselineDays:days']);
    expect(issues({ windowDays: 1.5 })).toEqual(['windowDays:days']);
    expect(issues({ baselineDays: null })).toEqual(['baselineDays:days']);
    const days = validateRule({ ...valid, windowDays: 0 }).find((issue) => issue.field === 'windowDays');
    expect(days?.params).toEqual({ low: 1, high: 366 });
  });

  it('needs a critical level for an automatic action', () => {
    expect(issues({ autoAction: 'SUSPEND_SALES', criticalLevel: null })).toEqual(['autoAction:autoActionNeedsCritical']);
    expect(issues({ autoAction: 'SUSPEND_SALES' })).toEqual([]);
  });

  it('refuses to blank a level on edit, which the API would silently keep', () => {
    expect(issues({ criticalLevel: null }, { original: stored })).toEqual(['criticalLevel:cannotClear']);
    expect(issues({ criticalLevel: null })).toEqual([]);
  });
});

describe('inputs', () => {
  it('sends the form as a new rule: code in capitals, scope fields only where they apply', () => {
    expect(toCreateInput({ ...valid, code: ' loan_npl_watch ', normalLow: '', criticalLevel: ' 8 ' })).toEqual({
      code: 'LOAN_NPL_WATCH',
      nameZh: '贷款不良率监控',
      nameEn: 'Loan NPL watch',
      description: '',
      metric: 'NPL_RATIO',
      condition: 'ABOVE',
      scope: 'FAMILY',
      family: 'LOAN',
      productId: null,
      normalLow: null,
      normalHigh: '3',
      warningLevel: '5',
      criticalLevel: '8',
      windowDays: 1,
      baselineDays: 30,
      enabled: true,
      autoAction: 'NONE',
    });
    expect(toCreateInput({ ...valid, scope: 'ALL' }).family).toBeNull();
  });

  it('sends an edit with the version it was read at', () => {
    const values = fromRule(stored);
    expect(values).toMatchObject({ code: 'LOAN_NPL_RATIO', family: 'LOAN', warningLevel: '5.0000', productId: null });
    const variables = toUpdateVariables({ ...values, enabled: false }, stored);
    expect(variables).toMatchObject({ id: stored.id, expectedVersion: 4 });
    expect(variables.input).toMatchObject({ code: 'LOAN_NPL_RATIO', enabled: false, criticalLevel: '8.0000' });
    expect(variables.input).not.toHaveProperty('version');
  });

  it('hints the level order of the condition', () => {
    expect(levelsHintKey('ABOVE', '5')).toBe('monitoring.rule.hint.above');
    expect(levelsHintKey('BELOW', '5')).toBe('monitoring.rule.hint.below');
    expect(levelsHintKey('CHANGE_VS_AVERAGE', '-30')).toBe('monitoring.rule.hint.changeFall');
    expect(levelsHintKey('CHANGE_VS_AVERAGE', '30')).toBe('monitoring.rule.hint.changeRise');
  });
});
