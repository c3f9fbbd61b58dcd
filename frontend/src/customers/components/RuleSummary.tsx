import { Typography } from 'antd';
import { useI18n } from '../../i18n/useI18n';
import type { RuleNode } from '../ruleTree';
import { ruleSummary, type RuleWords } from '../ruleText';
import { optionLabelKey } from './RuleTreeEditor';

/** A rule in plain words, in the console's language. */
export function RuleSummary({ tree }: { tree: RuleNode }) {
  const { t, tr, locale } = useI18n();
  const words: RuleWords = {
    field: (field) => tr(`segment.field.${field}`, field),
    cmp: (cmp) => tr(`segment.cmp.${cmp}`, cmp),
    option: (field, value) => tr(optionLabelKey(field, value), value),
    and: t('segment.summary.and'),
    or: t('segment.summary.or'),
    not: t('segment.summary.not'),
    window: (n, unit) => t(unit === 'days' ? 'segment.summary.days' : 'segment.summary.months', { n }),
    channel: (c) => tr(`customer.txChannel.${c}`, c),
    type: (v) => tr(`customer.txType.${v}`, v),
    listSeparator: locale === 'zh-CN' ? '、' : ', ',
  };
  return (
    <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="rule-summary">
      {ruleSummary(tree, words)}
    </Typography.Paragraph>
  );
}
