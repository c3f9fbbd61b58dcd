import { Tag } from 'antd';
import type { ChangeRequestStatus, ProductStatus, RiskLevel } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { CHANGE_REQUEST_COLORS, RISK_COLORS, STATUS_COLORS } from '../enums';

export function StatusTag({ status }: { status: ProductStatus }) {
  const { tr } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="product-status" data-status={status}>
      {tr(`product.status.${status}`, status)}
    </Tag>
  );
}

export function RiskTag({ level }: { level: RiskLevel }) {
  const { tr } = useI18n();
  return (
    <Tag color={RISK_COLORS[level]} title={tr(`product.risk.${level}`, level)}>
      {level}
    </Tag>
  );
}

export function ChangeRequestStatusTag({ status }: { status: ChangeRequestStatus }) {
  const { tr } = useI18n();
  return (
    <Tag color={CHANGE_REQUEST_COLORS[status]} data-testid="cr-status">
      {tr(`product.crStatus.${status}`, status)}
    </Tag>
  );
}

/** Options for a Select over an enum whose labels are `product.<prefix>.<VALUE>`. */
export function useEnumOptions() {
  const { tr } = useI18n();
  return <T extends string>(prefix: string, values: readonly T[]) =>
    values.map((value) => ({ value, label: tr(`product.${prefix}.${value}`, value) }));
}
