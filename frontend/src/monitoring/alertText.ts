import type { AlertRowFragment } from '../gql/graphql';
import { formatAlertNumbers } from './format';

type Names = { nameZh: string; nameEn: string } | null | undefined;

/** A bilingual name in the console's language (the other one when that is empty). */
export function localName(names: Names, locale: string): string {
  if (!names) return '';
  return locale === 'zh-CN' ? names.nameZh || names.nameEn : names.nameEn || names.nameZh;
}

/** The product and rule of an alert by name, falling back to their codes. */
export function alertNames(alert: Pick<AlertRowFragment, 'product' | 'rule' | 'productCode' | 'ruleCode'>, locale: string) {
  return {
    product: localName(alert.product, locale) || alert.productCode,
    rule: localName(alert.rule, locale) || alert.ruleCode,
  };
}

type Translate = (key: 'monitoring.alert.sentence', params: Record<string, string>) => string;

/** One sentence on the breach: "快e贷：贷款不良率 9.375%（阈值 8%）". */
export function alertSentence(
  alert: Pick<AlertRowFragment, 'product' | 'rule' | 'productCode' | 'ruleCode' | 'metric' | 'value' | 'threshold' | 'baseline'>,
  locale: string,
  t: Translate,
): string {
  const names = alertNames(alert, locale);
  const numbers = formatAlertNumbers(alert);
  return t('monitoring.alert.sentence', { ...names, value: numbers.value, threshold: numbers.threshold });
}
