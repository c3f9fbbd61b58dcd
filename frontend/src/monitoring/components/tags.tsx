import { Tag } from 'antd';
import type { AlertSeverity, AlertStatus, ProductMetric } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { ALERT_STATUS_COLORS, SEVERITY_COLORS } from '../enums';

export function SeverityTag({ severity }: { severity: AlertSeverity | null | undefined }) {
  const { tr, t } = useI18n();
  if (!severity) return <Tag data-testid="severity-tag">{t('monitoring.severity.none')}</Tag>;
  return (
    <Tag color={SEVERITY_COLORS[severity]} data-testid="severity-tag" data-severity={severity}>
      {tr(`monitoring.severity.${severity}`, severity)}
    </Tag>
  );
}

export function AlertStatusTag({ status }: { status: AlertStatus }) {
  const { tr } = useI18n();
  return (
    <Tag color={ALERT_STATUS_COLORS[status]} data-testid="alert-status" data-status={status}>
      {tr(`monitoring.alertStatus.${status}`, status)}
    </Tag>
  );
}

/** A metric's translated name. */
export function useMetricName() {
  const { tr } = useI18n();
  return (metric: ProductMetric | null) =>
    metric ? tr(`monitoring.metric.${metric}`, metric) : tr('monitoring.metric.CUSTOMERS_ACCESSED', 'CUSTOMERS_ACCESSED');
}

/** Options for a Select over an enum whose labels are `monitoring.<prefix>.<VALUE>`. */
export function useMonitoringOptions() {
  const { tr } = useI18n();
  return <T extends string>(prefix: string, values: readonly T[]) =>
    values.map((value) => ({ value, label: tr(`monitoring.${prefix}.${value}`, value) }));
}
