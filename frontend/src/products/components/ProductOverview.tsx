import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ProductCommonFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../components/format';
import { useI18n } from '../../i18n/useI18n';
import { formatMoney, formatRate } from '../format';
import { RiskTag } from './tags';
import { FeesView } from './TermsView';

/** The common (non-terms) fields of a product. */
export function ProductOverview({ product }: { product: ProductCommonFieldsFragment }) {
  const { t, tr } = useI18n();
  const money = (v: string | null | undefined) => formatMoney(v, product.currency);
  const e = product.eligibility;
  const age = e.minAge === null && e.maxAge === null ? '—' : `${e.minAge ?? 0}–${e.maxAge ?? '∞'}`;
  return (
    <div data-testid="product-overview">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'family', label: t('product.field.family'), children: `${tr(`product.family.${product.family}`)} / ${tr(`product.subtype.${product.subtype}`)}` },
          { key: 'risk', label: t('product.field.riskLevel'), children: <Space><RiskTag level={product.riskLevel} />{tr(`product.risk.${product.riskLevel}`)}</Space> },
          { key: 'currency', label: t('product.field.currency'), children: product.currency },
          { key: 'rate', label: t('product.field.headlineRate'), children: formatRate(product.headlineRate) },
          {
            key: 'highlights',
            label: t('product.field.highlights'),
            span: 2,
            children: product.highlights.length ? (
              <Space size={[0, 4]} wrap>
                {product.highlights.map((h) => (
                  <Tag color="blue" key={h}>
                    {h}
                  </Tag>
                ))}
              </Space>
            ) : (
              '—'
            ),
          },
          { key: 'target', label: t('product.field.targetCustomers'), children: product.targetCustomers || '—', span: 2 },
          {
            key: 'description',
            label: t('product.field.description'),
            span: 2,
            children: product.description ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{product.description}</Typography.Paragraph>
            ) : (
              '—'
            ),
          },
          { key: 'age', label: t('product.field.ageRange'), children: age },
          { key: 'income', label: t('product.field.minAnnualIncome'), children: money(e.minAnnualIncome) },
          { key: 'customerTypes', label: t('product.field.customerTypes'), children: e.customerTypes.map((c) => tr(`product.customerType.${c}`)).join('、') || '—' },
          { key: 'residency', label: t('product.field.residency'), children: e.residency.map((r) => tr(`product.residency.${r}`)).join('、') || '—' },
          { key: 'sales', label: t('product.field.salesWindow'), children: `${product.salesStart ?? '…'} ~ ${product.salesEnd ?? '…'}` },
          {
            key: 'amounts',
            label: t('product.field.amountRange'),
            children: product.minAmount || product.maxAmount ? `${money(product.minAmount)} – ${money(product.maxAmount)}` : '—',
          },
          {
            key: 'quota',
            label: t('product.field.quota'),
            span: 2,
            children: `${t('product.field.quotaTotal')} ${product.quota.total ? money(product.quota.total) : t('product.field.unlimited')} · ${t('product.field.quotaUsed')} ${money(product.quota.used)} · ${t('product.field.quotaRemaining')} ${product.quota.remaining ? money(product.quota.remaining) : t('product.field.unlimited')}`,
          },
          { key: 'tags', label: t('product.field.tags'), span: 2, children: product.tags.length ? product.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—' },
          { key: 'created', label: t('product.field.createdAt'), children: formatDateTime(product.createdAt) },
          { key: 'updated', label: t('product.field.updatedAt'), children: formatDateTime(product.updatedAt) },
          { key: 'submittedBy', label: t('product.field.submittedBy'), children: product.submittedBy?.displayName ?? '—' },
          { key: 'approvedBy', label: t('product.field.approvedBy'), children: product.approvedBy?.displayName ?? '—' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('product.field.channels')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="channel"
        dataSource={product.channels}
        data-testid="product-channels-table"
        columns={[
          { title: t('product.field.channel'), dataIndex: 'channel', render: (c: string) => tr(`product.channel.${c}`, c) },
          { title: t('product.field.publishWindow'), key: 'window', render: (_: unknown, c) => `${c.publishFrom ?? '…'} ~ ${c.publishTo ?? '…'}` },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('product.field.fees')}
      </Typography.Title>
      <FeesView fees={product.fees} currency={product.currency} />
    </div>
  );
}
