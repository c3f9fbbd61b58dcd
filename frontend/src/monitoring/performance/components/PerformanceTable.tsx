import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import type { ProductPerformanceReportQuery } from '../../../gql/graphql';
import { compareDecimals } from '../decimal';
import { formatAmount, formatFigure, formatGrowth, formatPercent, formatRank, isNegative } from '../format';
import type { FamilySection } from '../totals';
import { usePerformanceI18n } from '../usePerformanceI18n';

export type PerformanceRow = ProductPerformanceReportQuery['productPerformance'][number];

const byDecimal = (get: (row: PerformanceRow) => string | null | undefined) => (a: PerformanceRow, b: PerformanceRow) =>
  compareDecimals(get(a), get(b));

/** Empty values with the reason in a tooltip. */
function Missing({ reason }: { reason: string }) {
  return (
    <Tooltip title={reason}>
      <Typography.Text type="secondary">—</Typography.Text>
    </Tooltip>
  );
}

function Amount({ value, danger }: { value: string; danger?: boolean }) {
  return (
    <Typography.Text type={danger && isNegative(value) ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatAmount(value)}
    </Typography.Text>
  );
}

/** One family's products with their totals row (one per currency). */
export function PerformanceTable({
  section,
  onDetails,
}: {
  section: FamilySection<PerformanceRow>;
  onDetails: (row: PerformanceRow) => void;
}) {
  const { t, locale } = usePerformanceI18n();
  const name = (row: PerformanceRow) => (locale === 'zh-CN' ? row.product.nameZh : row.product.nameEn);

  const columns: TableColumnsType<PerformanceRow> = [
    {
      title: t('performance.col.product'),
      key: 'product',
      fixed: 'left',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => onDetails(row)} data-testid={`performance-product-${row.product.code}`}>
            {name(row)}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.product.code}
            {row.product.currency !== 'CNY' && <Tag style={{ marginInlineStart: 6 }}>{row.product.currency}</Tag>}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('performance.col.averageBalance'),
      key: 'averageBalance',
      align: 'right',
      sorter: byDecimal((r) => r.averageBalance.amount),
      render: (_, row) => (
        <Space size={4}>
          {row.balanceEstimated && (
            <Tooltip title={t('performance.balanceEstimatedHint')}>
              <Tag color="gold" data-testid="balance-estimated">
                {t('performance.estimated')}
              </Tag>
            </Tooltip>
          )}
          <Amount value={row.averageBalance.amount} />
        </Space>
      ),
    },
    {
      title: <Tooltip title={t('performance.col.revenueHint')}>{t('performance.col.revenue')}</Tooltip>,
      key: 'revenue',
      align: 'right',
      sorter: byDecimal((r) => r.revenue?.amount),
      render: (_, row) =>
        row.revenue ? (
          <Space size={4}>
            {row.customerRateEstimated && (
              <Tooltip title={t('performance.rateEstimatedHint')}>
                <Tag color="gold">{t('performance.estimated')}</Tag>
              </Tooltip>
            )}
            <Amount value={row.revenue.amount} />
          </Space>
        ) : (
          <Missing reason={t('performance.noRevenue')} />
        ),
    },
    {
      title: t('performance.col.costs'),
      key: 'costs',
      align: 'right',
      sorter: byDecimal((r) => r.costs.amount),
      render: (_, row) => <Amount value={row.costs.amount} />,
    },
    {
      title: t('performance.col.profit'),
      key: 'profit',
      align: 'right',
      sorter: byDecimal((r) => r.profit?.amount),
      render: (_, row) => (row.profit ? <Amount value={row.profit.amount} danger /> : <Missing reason={t('performance.noRevenue')} />),
    },
    {
      title: t('performance.col.balanceGrowth'),
      key: 'balanceGrowth',
      align: 'right',
      sorter: byDecimal((r) => r.balanceGrowth),
      render: (_, row) => formatGrowth(row.balanceGrowth),
    },
    {
      title: t('performance.col.newSalesGrowth'),
      key: 'newSalesGrowth',
      align: 'right',
      sorter: byDecimal((r) => r.newSalesGrowth),
      render: (_, row) => formatGrowth(row.newSalesGrowth),
    },
    {
      title: t('performance.col.familyShare'),
      key: 'familyShare',
      align: 'right',
      sorter: byDecimal((r) => r.familyShare),
      render: (_, row) => formatPercent(row.familyShare),
    },
    {
      title: t('performance.col.marketShare'),
      key: 'marketShare',
      align: 'right',
      sorter: byDecimal((r) => r.marketShare),
      render: (_, row) =>
        row.marketShare === null || row.marketShare === undefined ? (
          <Missing reason={t('performance.noMarketTotal')} />
        ) : (
          formatPercent(row.marketShare)
        ),
    },
    {
      title: <Tooltip title={t('performance.col.satisfactionHint')}>{t('performance.col.satisfaction')}</Tooltip>,
      key: 'satisfaction',
      sorter: byDecimal((r) => r.satisfaction.averageRating),
      render: (_, row) => {
        const { averageRating, nps } = row.satisfaction;
        if (averageRating == null && nps == null) return '—';
        return (
          <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
            {averageRating != null && <span>{t('performance.satisfaction.rating', { rating: formatFigure(averageRating) })}</span>}
            {nps != null && <span>{t('performance.satisfaction.nps', { nps: formatFigure(nps) })}</span>}
          </Space>
        );
      },
    },
    {
      title: <Tooltip title={t('performance.col.rankHint')}>{t('performance.col.rank')}</Tooltip>,
      key: 'rank',
      align: 'center',
      sorter: (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
      render: (_, row) => <span data-testid={`rank-${row.product.code}`}>{formatRank(row.rank, row.rankedCount)}</span>,
    },
    {
      title: t('performance.col.notes'),
      key: 'notes',
      render: (_, row) =>
        row.notes.length > 0 ? (
          <Tooltip
            title={
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {row.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            }
          >
            <Tag icon={<InfoCircleOutlined />} color="default" data-testid={`notes-${row.product.code}`}>
              {t('performance.notesCount', { count: row.notes.length })}
            </Tag>
          </Tooltip>
        ) : null,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Button size="small" onClick={() => onDetails(row)}>
          {t('performance.details')}
        </Button>
      ),
    },
  ];

  return (
    <Table<PerformanceRow>
      rowKey={(row) => row.product.id}
      size="small"
      columns={columns}
      dataSource={section.rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={`performance-table-${section.family}`}
      summary={() => (
        <Table.Summary>
          {section.totals.map((total) => (
            <Table.Summary.Row key={total.currency} data-testid={`performance-total-${section.family}-${total.currency}`}>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>
                  {section.totals.length > 1 || total.currency !== 'CNY'
                    ? t('performance.totalCurrency', { currency: total.currency })
                    : t('performance.total')}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('performance.products', { count: total.products })}
                  </Typography.Text>
                </div>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{formatAmount(total.averageBalance)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Space size={4}>
                  {total.withoutRevenue > 0 && (
                    <Tooltip title={t('performance.totalWithoutRevenue', { count: total.withoutRevenue })}>
                      <InfoCircleOutlined />
                    </Tooltip>
                  )}
                  <Typography.Text strong>{formatAmount(total.revenue)}</Typography.Text>
                </Space>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong>{formatAmount(total.costs)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <Typography.Text strong type={isNegative(total.profit) ? 'danger' : undefined}>
                  {formatAmount(total.profit)}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} colSpan={columns.length - 5} />
            </Table.Summary.Row>
          ))}
        </Table.Summary>
      )}
    />
  );
}
