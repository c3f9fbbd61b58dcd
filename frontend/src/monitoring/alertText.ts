import type { AlertRowFragment } from '../gql/graphql';
import { formatAlertNumbers } from './format';

type Names = { nameZh: string; nameEn: string } | null | undefined;

/** A bilingual name in the console's language (the other one when that is empty). */
export function localName(names: Names, locale: string): string {
  if (!names) return '';
  return locale === 'zh-CN' ? names.nameZh || names.nameEn : names.nameEn || names.nameZh;
}

type Named = Pick<AlertRowFragment, 'product' | 'rule' | 'productCode' | 'ruleCode'> &
  Partial<Pick<AlertRowFragment, 'kind' | 'subjectName' | 'accessRule'>>;

/**
 * The product and rule of an alert by name, falling back to their codes. A CUSTOMER_ACCESS
 * alert has no product: its "product" is the user whose reading was unusual.
 */
export function alertNames(alert: Named, locale: string) {
  if (alert.kind === 'CUSTOMER_ACCESS') {
    return { product: alert.subjectName ?? '', rule: localName(alert.accessRule, locale) || alert.ruleCode };
  }
  return {
    product: localName(alert.product, locale) || alert.productCode,
    rule: localName(alert.rule, locale) || alert.ruleCode,
  };
}

type Translate = (key: 'monitoring.alert.sentence' | 'monitoring.alert.accessSentence', params: Record<string, string>) => string;

/** One sentence on the breach: "快e贷：贷款不良率 9.375%（阈值 8%）". */
export function alertSentence(
  alert: Named & Pick<AlertRowFragment, 'metric' | 'value' | 'threshold' | 'baseline'>,
  locale: string,
  t: Translate,
): string {
  const names = alertNames(alert, locale);
  const numbers = formatAlertNumbers(alert);
  if (alert.kind === 'CUSTOMER_ACCESS') {
    return t('monitoring.alert.accessSentence', { user: names.product, value: numbers.value, threshold: numbers.threshold });
  }
  return t('monitoring.alert.sentence', { ...names, value: numbers.value, threshold: numbers.threshold });
}
