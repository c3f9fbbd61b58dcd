import { Alert, Button, Descriptions, Drawer, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { hasPermission, useAuth } from '../../../auth/AuthContext';
import { formatAmount, formatFigure, formatGrowth, formatMoney, formatPercent, formatRank, formatRate4 } from '../format';
import { usePerformanceI18n } from '../usePerformanceI18n';
import type { PerformanceRow } from './PerformanceTable';

/** Everything the server said about one product's performance, with the cost breakdown. */
export function PerformanceDrawer({ row, onClose }: { row: PerformanceRow | null; onClose: () => void }) {
  const { t, tr, locale } = usePerformanceI18n();
  const { me } = useAuth();
  const canOpenProduct = hasPermission(me, 'product:read');
  const name = row ? (locale === 'zh-CN' ? row.product.nameZh : row.product.nameEn) : '';
  const estimated = (hint: string) => (
    <Tooltip title={hint}>
      <Tag color="gold" style={{ marginInlineStart: 6 }}>
        {t('performance.estimated')}
      </Tag>
    </Tooltip>
  );

  return (
    <Drawer
      open={!!row}
      onClose={onClose}
      size={640}
      title={row ? t('performance.drawer.title', { name }) : ''}
      destroyOnHidden
      data-testid="performance-drawer"
      extra={
        row &&
        canOpenProduct && (
          <Link to={`/products/${row.product.id}`}>
            <Button>{t('performance.drawer.openProduct')}</Button>
          </Link>
        )
      }
    >
      {row && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {row.notes.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('performance.drawer.notes')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {row.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              }
              data-testid="performance-drawer-notes"
            />
          )}
          <Descriptions
            size="small"
            column={2}
            bordered
            title={t('performance.drawer.overview')}
            items={[
              { key: 'code', label: t('performance.col.product'), children: `${row.product.code} · ${name}` },
              { key: 'family', label: t('performance.col.family'), children: tr(`product.family.${row.family}`, row.family) },
              {
                key: 'period',
                label: t('performance.period'),
                children: `${row.periodStart} – ${row.periodEnd}`,
                span: 2,
              },
              { key: 'days', label: t('performance.drawer.days'), children: row.days },
              { key: 'balanceDays', label: t('performance.drawer.balanceDays'), children: row.balanceDays },
              {
                key: 'averageBalance',
                label: t('performance.col.averageBalance'),
                children: (
                  <>
                    {formatMoney(row.averageBalance)}
                    {row.balanceEstimated && estimated(t('performance.balanceEstimatedHint'))}
                  </>
                ),
                span: 2,
              },
              { key: 'rank', label: t('performance.col.rank'), children: formatRank(row.rank, row.rankedCount) },
            ]}
          />
          <Descriptions
            size="small"
            column={2}
            bordered
            title={t('performance.drawer.revenue')}
            items={[
              {
                key: 'customerRate',
                label: t('performance.drawer.customerRate'),
                children: row.customerRate ? (
                  <>
                    {formatRate4(row.customerRate)}
                    {row.customerRateEstimated && estimated(t('performance.rateEstimatedHint'))}
                  </>
                ) : (
                  t('performance.notApplicable')
                ),
              },
              {
                key: 'transferRate',
                label: t('performance.drawer.transferRate'),
                children: row.transferRate ? formatRate4(row.transferRate) : t('performance.notApplicable'),
              },
              { key: 'interestMargin', label: t('performance.drawer.interestMargin'), children: formatMoney(row.interestMargin) },
              { key: 'feeIncome', label: t('performance.drawer.feeIncome'), children: formatMoney(row.feeIncome) },
              { key: 'revenue', label: t('performance.col.revenue'), children: formatMoney(row.revenue) },
              { key: 'costs', label: t('performance.col.costs'), children: formatMoney(row.costs) },
              {
                key: 'profit',
                label: t('performance.col.profit'),
                children: <Typography.Text strong>{formatMoney(row.profit)}</Typography.Text>,
                span: 2,
              },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('performance.drawer.costBreakdown')}</Typography.Title>
            {row.costBreakdown.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('performance.drawer.noCosts')} />
            ) : (
              <Table
                size="small"
                pagination={false}
                rowKey="category"
                data-testid="performance-cost-breakdown"
                dataSource={row.costBreakdown}
                columns={[
                  {
                    title: t('performance.drawer.category'),
                    key: 'category',
                    render: (_, line) => t(`performance.costCategory.${line.category}`),
                  },
                  {
                    title: t('performance.drawer.amount'),
                    key: 'amount',
                    align: 'right',
                    render: (_, line) => formatAmount(line.amount.amount),
                  },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('performance.total')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <Typography.Text strong>{formatAmount(row.costs.amount)}</Typography.Text>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            )}
          </div>
          <Descriptions
            size="small"
            column={2}
            bordered
            title={t('performance.drawer.growth')}
            items={[
              { key: 'balanceGrowth', label: t('performance.col.balanceGrowth'), children: formatGrowth(row.balanceGrowth) },
              { key: 'newSalesGrowth', label: t('performance.col.newSalesGrowth'), children: formatGrowth(row.newSalesGrowth) },
              { key: 'newSales', label: t('performance.drawer.newSales'), children: formatMoney(row.newSales) },
              { key: 'newSalesCount', label: t('performance.drawer.newSalesCount'), children: row.newSalesCount },
              {
                key: 'previousNewSales',
                label: t('performance.drawer.previousNewSales'),
                children: formatMoney(row.previousNewSales),
                span: 2,
              },
              { key: 'familyShare', label: t('performance.col.familyShare'), children: formatPercent(row.familyShare) },
              { key: 'marketShare', label: t('performance.col.marketShare'), children: formatPercent(row.marketShare) },
              {
                key: 'marketTotal',
                label: t('performance.drawer.marketTotal'),
                children: row.marketTotal ? formatMoney(row.marketTotal) : t('performance.noMarketTotal'),
                span: 2,
              },
            ]}
          />
          <Descriptions
            size="small"
            column={2}
            bordered
            title={t('performance.drawer.satisfaction')}
            items={[
              { key: 'ratedCount', label: t('performance.drawer.ratedCount'), children: row.satisfaction.ratedCount },
              {
                key: 'averageRating',
                label: t('performance.drawer.averageRating'),
                children: formatFigure(row.satisfaction.averageRating),
              },
              {
                key: 'satisfiedShare',
                label: t('performance.drawer.satisfiedShare'),
                children: formatPercent(row.satisfaction.satisfiedShare),
              },
              { key: 'npsCount', label: t('performance.drawer.npsCount'), children: row.satisfaction.npsCount },
              { key: 'nps', label: t('performance.drawer.nps'), children: formatFigure(row.satisfaction.nps), span: 2 },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
