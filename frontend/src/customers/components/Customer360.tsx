import { useMemo } from 'react';
import { Descriptions, Empty, List, Popover, Progress, Rate, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { CustomerQuery, LoanClassification } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { RiskTag } from '../../products/components/tags';
import { formatMoney, formatRate } from '../../products/format';
import { displayPii, type RevealedPii } from '../masking';
import { customerFeedbackQuery, customerNeedsQuery, customerTransactionsQuery, recommendationsQuery } from '../queries';
import { ClassificationTag } from './tags';

type Holding = NonNullable<CustomerQuery['customer']>['holdings'][number];

function productName(product: { nameZh: string; nameEn?: string | null }, locale: string) {
  return locale === 'zh-CN' ? product.nameZh : product.nameEn || product.nameZh;
}

function ProductLink({ product }: { product: { id: string; code: string; nameZh: string; nameEn?: string | null } }) {
  const { locale } = useI18n();
  return (
    <Link to={`/products/${encodeURIComponent(product.id)}`}>
      <Space size={4}>
        <Typography.Text code>{product.code}</Typography.Text>
        <span>{productName(product, locale)}</span>
      </Space>
    </Link>
  );
}

/** The five-tier history of a loan, newest first. */
function ClassificationHistory({ history }: { history: Holding['classificationHistory'] }) {
  const { t } = useI18n();
  if (!history.length) return <Typography.Text type="secondary">{t('customer.holding.noHistory')}</Typography.Text>;
  const items = [...history]
    .sort((a, b) => b.changedOn.localeCompare(a.changedOn))
    .map((h) => ({
      key: `${h.changedOn}-${h.classification}`,
      content: (
        <Space>
          <span>{h.changedOn}</span>
          <ClassificationTag value={h.classification as LoanClassification} />
          <Typography.Text type="secondary">{t('customer.holding.dpdValue', { days: h.daysPastDue })}</Typography.Text>
        </Space>
      ),
    }));
  return <Timeline items={items} data-testid="classification-history" />;
}

/** Everything the customer holds; loans show their classification, cards their (masked) number. */
export function HoldingsTable({ holdings, reveal, now }: { holdings: readonly Holding[]; reveal: RevealedPii | null; now: number }) {
  const { t, tr } = useI18n();
  const columns: TableColumnsType<Holding> = [
    { title: t('customer.holding.product'), key: 'product', render: (_: unknown, h) => (h.product ? <ProductLink product={h.product} /> : '—') },
    { title: t('customer.holding.family'), key: 'family', render: (_: unknown, h) => tr(`product.family.${h.family}`, h.family) },
    { title: t('customer.holding.status'), key: 'status', render: (_: unknown, h) => tr(`customer.holdingStatus.${h.status}`, h.status) },
    { title: t('customer.holding.openedOn'), dataIndex: 'openedOn', key: 'openedOn' },
    { title: t('customer.holding.principal'), key: 'principal', align: 'right', render: (_: unknown, h) => formatMoney(h.principal, h.currency) },
    { title: t('customer.holding.balance'), key: 'balance', align: 'right', render: (_: unknown, h) => formatMoney(h.balance, h.currency) },
    { title: t('customer.holding.rate'), key: 'rate', align: 'right', render: (_: unknown, h) => formatRate(h.rateAtOpening) },
    { title: t('customer.holding.maturity'), key: 'maturity', render: (_: unknown, h) => h.maturityDate ?? '—' },
    {
      title: t('customer.holding.loan'),
      key: 'loan',
      render: (_: unknown, h) =>
        h.classification ? (
          <Space orientation="vertical" size={0}>
            <Popover title={t('customer.holding.history')} content={<ClassificationHistory history={h.classificationHistory} />}>
              <span style={{ cursor: 'help' }}>
                <ClassificationTag value={h.classification} />
              </span>
            </Popover>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customer.holding.outstandingValue', { amount: formatMoney(h.outstanding, h.currency) })}
              {' · '}
              {t('customer.holding.dpdValue', { days: h.daysPastDue ?? 0 })}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('customer.holding.card'),
      key: 'card',
      render: (_: unknown, h) =>
        h.cardNumber ? (
          <Space orientation="vertical" size={0}>
            <span data-testid="card-number">{displayPii(h.cardNumber, reveal?.cards[h.id], reveal, now)}</span>
            {h.creditLimit && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('customer.holding.limitValue', { amount: formatMoney(h.creditLimit, h.currency) })}
              </Typography.Text>
            )}
          </Space>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<Holding>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...holdings]}
      pagination={holdings.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('customer.holding.empty') }}
      expandable={{
        rowExpandable: (h) => h.classificationHistory.length > 0,
        expandedRowRender: (h) => <ClassificationHistory history={h.classificationHistory} />,
      }}
      data-testid="holdings-table"
    />
  );
}

/** The customer's transactions, newest first, a page at a time. */
export function TransactionsTable({ customerId }: { customerId: string }) {
  const { t, tr } = useI18n();
  const paging = useCursorPaging();
  const variables = useMemo(() => ({ id: customerId, ...paging.variables }), [customerId, paging.variables]);
  const [result, reexecute] = useQuery({ query: customerTransactionsQuery, variables });
  const connection = result.data?.customer?.transactions;
  type Tx = NonNullable<typeof connection>['edges'][number]['node'];
  const columns: TableColumnsType<Tx> = [
    { title: t('customer.tx.occurredAt'), key: 'at', render: (_: unknown, tx) => formatDateTime(tx.occurredAt) },
    { title: t('customer.tx.type'), key: 'type', render: (_: unknown, tx) => tr(`customer.txType.${tx.type}`, tx.type) },
    { title: t('customer.tx.channel'), key: 'channel', render: (_: unknown, tx) => tr(`customer.txChannel.${tx.channel}`, tx.channel) },
    { title: t('customer.tx.amount'), key: 'amount', align: 'right', render: (_: unknown, tx) => formatMoney(tx.amount, tx.currency) },
    { title: t('customer.tx.product'), key: 'product', render: (_: unknown, tx) => (tx.product ? <ProductLink product={tx.product} /> : '—') },
    {
      title: t('customer.tx.counterparty'),
      key: 'country',
      render: (_: unknown, tx) =>
        tx.counterpartyCountry && tx.counterpartyCountry !== 'CN' ? <Tag color="purple">{tx.counterpartyCountry}</Tag> : (tx.counterpartyCountry ?? '—'),
    },
    { title: t('customer.tx.merchantCategory'), key: 'mcc', render: (_: unknown, tx) => tx.merchantCategory ?? '—' },
  ];
  return (
    <>
      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
      <Table<Tx>
        rowKey="id"
        size="small"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('customer.tx.empty') }}
        data-testid="transactions-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
    </>
  );
}

/** Feedback the customer gave, newest first. */
export function FeedbackList({ customerId }: { customerId: string }) {
  const { t, tr } = useI18n();
  const paging = useCursorPaging(10);
  const variables = useMemo(() => ({ filter: { customerId }, ...paging.variables }), [customerId, paging.variables]);
  const [result, reexecute] = useQuery({ query: customerFeedbackQuery, variables });
  const connection = result.data?.feedback;
  return (
    <>
      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
      <List
        loading={result.fetching}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: t('customer.feedback.empty') }}
        data-testid="feedback-list"
        renderItem={(item) => (
          <List.Item key={item.id}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag>{tr(`customer.feedbackSource.${item.source}`, item.source)}</Tag>
                  {item.rating !== null && item.rating !== undefined && <Rate disabled value={item.rating} style={{ fontSize: 14 }} />}
                  {item.nps !== null && item.nps !== undefined && <Tag color="blue">{t('customer.feedback.npsValue', { nps: item.nps })}</Tag>}
                  {item.product && <ProductLink product={item.product} />}
                </Space>
              }
              description={formatDateTime(item.receivedAt)}
            />
            <div style={{ whiteSpace: 'pre-wrap' }}>{item.text || '—'}</div>
          </List.Item>
        )}
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
    </>
  );
}

/** One evidence value as text: numbers grouped, lists joined, objects as JSON. */
export function evidenceText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map(evidenceText).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Needs the rules found for the customer, each with its evidence and suggested products. */
export function NeedsList({ customerId }: { customerId: string }) {
  const { t, tr } = useI18n();
  const [result, reexecute] = useQuery({ query: customerNeedsQuery, variables: { customerId } });
  if (result.error) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const needs = result.data?.customerNeeds ?? [];
  return (
    <List
      loading={result.fetching}
      dataSource={needs}
      locale={{ emptyText: <Empty description={t('customer.needs.empty')} /> }}
      data-testid="needs-list"
      renderItem={(need) => {
        const evidence = need.evidence && typeof need.evidence === 'object' ? Object.entries(need.evidence as Record<string, unknown>) : [];
        return (
          <List.Item key={need.rule.id} data-testid={`need-${need.rule.code}`}>
            <div style={{ width: '100%' }}>
              <Space wrap style={{ marginBottom: 8 }}>
                <Typography.Text strong>{need.rule.name}</Typography.Text>
                <Typography.Text type="secondary">{need.rule.description}</Typography.Text>
              </Space>
              {evidence.length > 0 && (
                <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} title={t('customer.needs.evidence')}>
                  {evidence.map(([key, value]) => (
                    <Descriptions.Item key={key} label={tr(`customer.evidence.${key}`, key)}>
                      {evidenceText(value)}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              )}
              <div style={{ marginTop: 8 }}>
                <Typography.Text type="secondary">{t('customer.needs.suggested')}：</Typography.Text>
                {need.suggestedProducts.length ? (
                  <Space wrap>
                    {need.suggestedProducts.map((p) => (
                      <Space key={p.id} size={2}>
                        <ProductLink product={p} />
                        <RiskTag level={p.riskLevel} />
                      </Space>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('customer.needs.noSuggestion')}</Typography.Text>
                )}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {need.detectedAt ? t('customer.needs.detectedAt', { at: formatDateTime(need.detectedAt) }) : t('customer.needs.detectedLive')}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}

const REASON_COLORS: Record<string, string> = { NEED: 'blue', SEGMENT: 'purple', SUITABLE: 'green', UNASSESSED: 'orange' };

/** Suitable products ranked for the customer, with why. */
export function RecommendationList({ customerId }: { customerId: string }) {
  const { t, tr } = useI18n();
  const [result, reexecute] = useQuery({ query: recommendationsQuery, variables: { customerId, first: 5 } });
  if (result.error) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const items = result.data?.recommendations ?? [];
  const top = Math.max(0, ...items.map((r) => r.score));
  return (
    <List
      loading={result.fetching}
      dataSource={items}
      locale={{ emptyText: <Empty description={t('customer.reco.empty')} /> }}
      data-testid="recommendations-list"
      renderItem={(item, index) => (
        <List.Item key={item.product.id}>
          <div style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{index + 1}.</Typography.Text>
              <ProductLink product={item.product} />
              <Tag>{tr(`product.family.${item.product.family}`, item.product.family)}</Tag>
              <RiskTag level={item.product.riskLevel} />
              <Typography.Text type="secondary">{t('customer.reco.score', { score: item.score.toFixed(2) })}</Typography.Text>
            </Space>
            {top > 0 && (
              <div style={{ maxWidth: 320 }}>
                <Progress percent={Math.round((item.score / top) * 100)} showInfo={false} size="small" />
              </div>
            )}
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {item.reasons.map((reason) => (
                <li key={`${reason.code}-${reason.message}`}>
                  <Tag color={REASON_COLORS[reason.code] ?? 'default'} style={{ marginInlineEnd: 4 }}>
                    {tr(`customer.reco.reason.${reason.code}`, reason.code)}
                  </Tag>
                  {reason.message}
                </li>
              ))}
            </ul>
          </div>
        </List.Item>
      )}
    />
  );
}
