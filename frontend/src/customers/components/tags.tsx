import { Space, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { LoanClassification, RiskTolerance } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { CLASSIFICATION_COLORS, RISK_TOLERANCE_COLORS } from '../enums';

/** Risk tolerance C1–C5, flagged when the assessment is no longer current. */
export function RiskToleranceTag({
  value,
  current,
  expiresOn,
}: {
  value: RiskTolerance | null | undefined;
  current?: boolean;
  expiresOn?: string | null;
}) {
  const { t, tr } = useI18n();
  if (!value) return <Typography.Text type="secondary">{t('customer.risk.none')}</Typography.Text>;
  const tag = (
    <Tag color={RISK_TOLERANCE_COLORS[value]} title={tr(`customer.risk.${value}`, value)} data-testid="risk-tolerance">
      {value}
    </Tag>
  );
  if (current !== false) return tag;
  return (
    <Space size={4}>
      {tag}
      <Tooltip title={expiresOn ? t('customer.risk.expiredOn', { date: expiresOn }) : t('customer.risk.expired')}>
        <Typography.Text type="warning" data-testid="risk-expired" style={{ marginInlineEnd: 8 }}>
          <WarningOutlined /> {t('customer.risk.expiredShort')}
        </Typography.Text>
      </Tooltip>
    </Space>
  );
}

/** Five-tier loan classification, coloured from green (normal) to red (loss). */
export function ClassificationTag({ value }: { value: LoanClassification }) {
  const { tr } = useI18n();
  return (
    <Tag color={CLASSIFICATION_COLORS[value]} data-testid="classification" data-classification={value}>
      {tr(`customer.classification.${value}`, value)}
    </Tag>
  );
}

/** Options for a Select over an enum whose labels are `customer.<prefix>.<VALUE>`. */
export function useCustomerEnumOptions() {
  const { tr } = useI18n();
  return <T extends string>(prefix: string, values: readonly T[]) =>
    values.map((value) => ({ value, label: tr(`customer.${prefix}.${value}`, value) }));
}
