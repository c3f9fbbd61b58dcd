import { Alert, Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { CompetitorRatesTab } from '../components/reference/CompetitorRatesTab';
import { MarketTotalsTab } from '../components/reference/MarketTotalsTab';
import { ProductCostsTab } from '../components/reference/ProductCostsTab';
import { useCanWriteReference } from '../components/reference/shared';
import { TransferRatesTab } from '../components/reference/TransferRatesTab';
import { usePerformanceI18n } from '../usePerformanceI18n';

export const REFERENCE_TABS = ['costs', 'transferRates', 'marketTotals', 'competitorRates'] as const;
export type ReferenceTab = (typeof REFERENCE_TABS)[number];

function isTab(value: string | null): value is ReferenceTab {
  return (REFERENCE_TABS as readonly (string | null)[]).includes(value);
}

/** /performance/reference — the data performance evaluation reads, one tab per kind (?tab=). */
export function ReferenceDataPage() {
  const { t } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active: ReferenceTab = isTab(requested) ? requested : 'costs';

  return (
    <Card title={t('reference.title')} data-testid="reference-page">
      <Typography.Paragraph type="secondary">{t('reference.intro')}</Typography.Paragraph>
      {!canWrite && <Alert type="info" showIcon title={t('reference.readOnly')} style={{ marginBottom: 16 }} data-testid="reference-read-only" />}
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'costs', label: t('reference.tab.costs'), children: <ProductCostsTab /> },
          { key: 'transferRates', label: t('reference.tab.transferRates'), children: <TransferRatesTab /> },
          { key: 'marketTotals', label: t('reference.tab.marketTotals'), children: <MarketTotalsTab /> },
          { key: 'competitorRates', label: t('reference.tab.competitorRates'), children: <CompetitorRatesTab /> },
        ]}
      />
    </Card>
  );
}
