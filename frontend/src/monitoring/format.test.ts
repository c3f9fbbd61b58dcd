import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { enUS } from '../i18n/en-US';
import { zhCN } from '../i18n/zh-CN';
import { alertNames, alertSentence, localName } from './alertText';
import { changeVersus, formatAlertNumbers, formatChange, formatCompact, formatLevel, formatMetricValue, levelUnit, metricKind } from './format';

describe('metric values', () => {
  it('shows ratios in percent, money grouped, counts whole, ratings to 0.01', () => {
    expect(formatMetricValue('NPL_RATIO', '9.375000')).toBe('9.375%');
    expect(formatMetricValue('NPL_RATIO', '0.227797')).toBe('0.2278%');
    expect(formatMetricValue('OVERDUE_RATIO', '0.000000')).toBe('0%');
    expect(formatMetricValue('AVG_RATE', '3.1000')).toBe('3.1%');
    expect(formatMetricValue('BALANCE', '2388224441.000000')).toBe('2,388,224,441.00');
    expect(formatMetricValue('TX_AMOUNT', '-1200.5')).toBe('-1,200.50');
    expect(formatMetricValue('TX_COUNT', '18.000000')).toBe('18');
    expect(formatMetricValue('TX_COUNT', '196.07')).toBe('196.07');
    expect(formatMetricValue('COMPLAINT_COUNT', '12345')).toBe('12,345');
    expect(formatMetricValue('SATISFACTION', '4.2')).toBe('4.20');
    expect(formatMetricValue('BALANCE', null)).toBe('—');
    expect(formatMetricValue('BALANCE', '')).toBe('—');
  });

  it('knows every metric kind', () => {
    expect(metricKind('NEW_SALES_AMOUNT')).toBe('money');
    expect(metricKind('NEW_SALES_COUNT')).toBe('count');
    expect(metricKind('SATISFACTION')).toBe('rating');
  });

  it('signs percent changes', () => {
    expect(formatChange('-33.9450')).toBe('-33.95%');
    expect(formatChange('12')).toBe('+12%');
    expect(formatChange('0.0000')).toBe('0%');
    expect(formatChange(null)).toBe('—');
  });

  it('reads levels in the rule condition: percent changes, else the metric unit', () => {
    expect(formatLevel('TX_COUNT', 'CHANGE_VS_AVERAGE', '-30.0000')).toBe('-30%');
    expect(formatLevel('TX_COUNT', 'BELOW', '100')).toBe('100');
    expect(formatLevel('NPL_RATIO', 'ABOVE', '8.0000')).toBe('8%');
    expect(formatLevel('NPL_RATIO', 'ABOVE', null)).toBe('—');
    expect(levelUnit('NPL_RATIO', 'ABOVE')).toBe('%');
    expect(levelUnit('BALANCE', 'BELOW')).toBe('CNY');
    expect(levelUnit('BALANCE', 'CHANGE_VS_AVERAGE')).toBe('%');
    expect(levelUnit('TX_COUNT', 'ABOVE')).toBe('');
    expect(levelUnit(undefined, undefined)).toBe('');
  });

  it("reads an alert's numbers as changes when it carries a baseline", () => {
    expect(formatAlertNumbers({ metric: 'NPL_RATIO', value: '9.3750', threshold: '8.0000', baseline: null })).toEqual({
      value: '9.375%',
      threshold: '8%',
      baseline: null,
    });
    expect(formatAlertNumbers({ metric: 'TX_COUNT', value: '-71.4286', threshold: '-50.0000', baseline: '0.5000' })).toEqual({
      value: '-71.43%',
      threshold: '-50%',
      baseline: '0.5',
    });
  });

  it('shortens large amounts in the reader’s units', () => {
    expect(formatCompact('2388224441', 'zh-CN')).toBe('23.88亿');
    expect(formatCompact('73250000', 'zh-CN')).toBe('7325万');
    expect(formatCompact('1234.5', 'zh-CN')).toBe('1,234.5');
    expect(formatCompact('2388224441', 'en-US')).toBe('2.39B');
    expect(formatCompact('7340000', 'en-US')).toBe('7.34M');
    expect(formatCompact('12500', 'en-US')).toBe('12.5K');
    expect(formatCompact(null, 'en-US')).toBe('—');
  });

  it('compares yesterday with the average', () => {
    expect(changeVersus('18', '196.07')).toBeCloseTo(-90.82, 2);
    expect(changeVersus('10', '0')).toBeNull();
    expect(changeVersus(null, '5')).toBeNull();
  });
});

describe('alert text', () => {
  const alert = {
    metric: 'NPL_RATIO' as const,
    value: '9.3750',
    threshold: '8.0000',
    baseline: null,
    productCode: 'LN-CON-QUICK',
    ruleCode: 'LOAN_NPL_RATIO',
    product: { id: 'p', nameZh: '快e贷', nameEn: 'Quick e-Loan' },
    rule: { id: 'r', nameZh: '贷款不良率', nameEn: 'Loan NPL ratio' },
  };

  it('names product and rule in the console language, falling back to the other and the code', () => {
    expect(alertNames(alert, 'zh-CN')).toEqual({ product: '快e贷', rule: '贷款不良率' });
    expect(alertNames(alert, 'en-US')).toEqual({ product: 'Quick e-Loan', rule: 'Loan NPL ratio' });
    expect(localName({ nameZh: '中文', nameEn: '' }, 'en-US')).toBe('中文');
    expect(alertNames({ ...alert, product: null, rule: null }, 'zh-CN')).toEqual({ product: 'LN-CON-QUICK', rule: 'LOAN_NPL_RATIO' });
  });

  it('says the breach in one sentence with units', () => {
    expect(alertSentence(alert, 'zh-CN', (key, params) => translate(zhCN, key, params))).toBe('快e贷：贷款不良率 9.375%（阈值 8%）');
    expect(alertSentence(alert, 'en-US', (key, params) => translate(enUS, key, params))).toBe('Quick e-Loan: Loan NPL ratio 9.375% (level 8%)');
  });

  it('names the user, not a product, of an unusual-access alert and counts customers', () => {
    const access = {
      ...alert,
      kind: 'CUSTOMER_ACCESS' as const,
      subjectName: 'heavy',
      metric: null,
      value: '1201.0000',
      threshold: '200.0000',
      productCode: '',
      ruleCode: 'CUSTOMER_ACCESS_VOLUME',
      product: null,
      rule: null,
      accessRule: { id: 'a', nameZh: '客户数据异常访问', nameEn: 'Unusual customer data access' },
    };
    expect(alertNames(access, 'zh-CN')).toEqual({ product: 'heavy', rule: '客户数据异常访问' });
    expect(alertSentence(access, 'zh-CN', (key, params) => translate(zhCN, key, params))).toBe('heavy：查看了 1,201 位不同客户（阈值 200）');
    expect(alertSentence(access, 'en-US', (key, params) => translate(enUS, key, params))).toBe(
      'heavy: read 1,201 different customers (level 200)',
    );
  });
});
