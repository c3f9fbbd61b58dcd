import { describe, expect, it } from 'vitest';
import { dictionaries, translate } from '../i18n/messages';
import { bonusText, conditionText, pivotTiers, tierPrice, waiverText } from './describe';

const zh = (key: string, params?: Record<string, string | number>) => translate(dictionaries['zh-CN'], key, params);
const en = (key: string, params?: Record<string, string | number>) => translate(dictionaries['en-US'], key, params);

describe('terms in words', () => {
  it('say bonus rates and their conditions', () => {
    const bonus = { rate: '0.2000', conditions: [{ type: 'NEW_MONEY', amount: '10000.00' }] };
    expect(bonusText(zh, bonus, 'CNY')).toBe('新资金 ≥ ¥10,000 加 0.2 个百分点');
    expect(bonusText(en, bonus, 'CNY')).toBe('new money ≥ ¥10,000: +0.2 pp');
    expect(conditionText(zh, { type: 'AGE_BAND', ageMin: 60, ageMax: null })).toBe('年龄 ≥ 60 岁');
    expect(conditionText(zh, { type: 'INTRODUCTORY', months: 6 })).toBe('开户后 6 个月内');
    expect(conditionText(zh, { type: 'CUSTOMER_TYPE', customerTypes: ['INDIVIDUAL'] })).toBe('个人客户');
  });

  it('say waivers, whole or in part', () => {
    const conditions = [{ type: 'MIN_TRANSACTIONS_A_YEAR', count: 6 }];
    expect(waiverText(zh, { share: '100.0000', conditions })).toBe('每年交易 ≥ 6 次：全免');
    expect(waiverText(en, { share: '50.0000', conditions })).toBe('≥ 6 transactions a year: 50% waived');
  });

  it('price tiers and pivot them into terms × amounts, one table per LTV band', () => {
    expect(tierPrice({ bands: [], rate: '3.1000', rateMax: '4.2000' })).toBe('3.10%–4.20%');
    expect(tierPrice({ bands: [], spreadBps: -30, spreadBpsMax: 20 })).toBe('LPR -30 bp ~ +20 bp');
    const tables = pivotTiers([
      { bands: [{ unit: 'LTV_PERCENT', lower: '0', upper: '60' }, { unit: 'AMOUNT', lower: '0', upper: '1000000' }], spreadBps: -30 },
      { bands: [{ unit: 'LTV_PERCENT', lower: '0', upper: '60' }, { unit: 'AMOUNT', lower: '1000000', upper: null }], spreadBps: -20 },
      { bands: [{ unit: 'LTV_PERCENT', lower: '60', upper: '80' }, { unit: 'AMOUNT', lower: '0', upper: null }], spreadBps: 0 },
    ]);
    expect(tables).toHaveLength(2);
    expect(tables[0].rows[0].prices).toEqual(['LPR -30 bp', 'LPR -20 bp']);
    expect(tables[1].rows[0].prices).toEqual(['LPR 0 bp']);
  });
});
