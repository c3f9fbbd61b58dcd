import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Empty, Space, Select, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission, useAuth } from '../../../auth/AuthContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ProductFamily, ProductSuggestionListQuery, SuggestionSeverity } from '../../../gql/graphql';
import { FAMILIES } from '../../../products/enums';
import { SEVERITIES, SEVERITY_COLORS } from '../enums';
import { shanghaiToday } from '../period';
import { productSuggestionsQuery } from '../queries';
import { countBy, groupByProduct } from '../totals';
import { usePerformanceI18n } from '../usePerformanceI18n';

type Suggestion = ProductSuggestionListQuery['productSuggestions'][number];

/** /performance/suggestions — rule-based optimisation suggestions, grouped by product. */
export function SuggestionsPage() {
  const { t, tr, locale } = usePerformanceI18n();
  const { me } = useAuth();
  const canOpenProduct = hasPermission(me, 'product:read');
  const today = useMemo(() => shanghaiToday(), []);
  const [family, setFamily] = useState<ProductFamily | null>(null);
  const [severity, setSeverity] = useState<SuggestionSeverity | null>(null);
  const [on, setOn] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: productSuggestionsQuery, variables: { family, on } });
  const zh = locale === 'zh-CN';

  const all = useMemo(() => result.data?.productSuggestions ?? [], [result.data]);
  const shown = useMemo(() => (severity ? all.filter((s) => s.severity === severity) : all), [all, severity]);
  const groups = useMemo(() => groupByProduct(shown), [shown]);
  const counts = useMemo(() => countBy(all, (s) => s.severity), [all]);

  const productTitle = (s: Suggestion) => {
    const product = s.product;
    if (!product) return <Typography.Text type="secondary">{t('suggestions.unknownProduct')}</Typography.Text>;
    return (
      <Space wrap>
        <span>{zh ? product.nameZh : product.nameEn}</span>
        <Typography.Text type="secondary">{product.code}</Typography.Text>
        <Tag>{tr(`product.family.${product.family}`, product.family)}</Tag>
        <Tag>{tr(`product.status.${product.status}`, product.status)}</Tag>
      </Space>
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="suggestions-page">
      <Card
        title={t('suggestions.title')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('common.refresh')}
          </Button>
        }
      >
        <Space wrap size="middle">
          <Select<ProductFamily | 'ALL'>
            value={family ?? 'ALL'}
            onChange={(value) => setFamily(value === 'ALL' ? null : value)}
            style={{ width: 160 }}
            aria-label={t('performance.family')}
            data-testid="suggestions-family"
            options={[
              { value: 'ALL', label: t('performance.familyAll') },
              ...FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) })),
            ]}
          />
          <Select<SuggestionSeverity | 'ALL'>
            value={severity ?? 'ALL'}
            onChange={(value) => setSeverity(value === 'ALL' ? null : value)}
            style={{ width: 180 }}
            aria-label={t('suggestions.severity')}
            data-testid="suggestions-severity"
            options={[
              { value: 'ALL', label: t('suggestions.allSeverities') },
              ...SEVERITIES.map((s) => ({
                value: s,
                label: `${t(`performance.severity.${s}`)}${counts[s] ? ` (${counts[s]})` : ''}`,
              })),
            ]}
          />
          <Tooltip title={t('suggestions.asOfHint')}>
            <DatePicker
              value={on ? dayjs(on) : null}
              placeholder={`${t('suggestions.asOf')}: ${today}`}
              disabledDate={(day) => day.format('YYYY-MM-DD') > today}
              onChange={(day) => setOn(day ? day.format('YYYY-MM-DD') : null)}
              style={{ width: 210 }}
              data-testid="suggestions-on"
            />
          </Tooltip>
          {!result.fetching && result.data && (
            <Typography.Text type="secondary" data-testid="suggestions-summary">
              {t('suggestions.summary', { products: groups.length, count: shown.length })}
            </Typography.Text>
          )}
        </Space>
      </Card>

      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {result.fetching && !result.data && (
        <Card>
          <Spin />
        </Card>
      )}
      {result.data && groups.length === 0 && (
        <Card>
          <Empty description={t('suggestions.empty')} data-testid="suggestions-empty" />
        </Card>
      )}

      {groups.map((group) => {
        const product = group.items[0].product;
        return (
          <Card
            key={group.productId}
            size="small"
            title={productTitle(group.items[0])}
            data-testid={`suggestions-product-${product?.code ?? 'unknown'}`}
            extra={
              product &&
              canOpenProduct && (
                <Link to={`/products/${product.id}`} data-testid={`suggestions-open-${product.code}`}>
                  {t('suggestions.openProduct')}
                </Link>
              )
            }
          >
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {group.items.map((s) => (
                <div key={s.code} data-testid={`suggestion-${product?.code ?? 'unknown'}-${s.code}`}>
                  <Space wrap style={{ marginBottom: 4 }}>
                    <Tag color={SEVERITY_COLORS[s.severity]}>{t(`performance.severity.${s.severity}`)}</Tag>
                    <Typography.Text strong>{zh ? s.titleZh : s.titleEn}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('suggestions.rule', { rule: t(`performance.code.${s.code}`) })}
                    </Typography.Text>
                  </Space>
                  <Typography.Paragraph style={{ marginBottom: 8 }}>{zh ? s.detailZh : s.detailEn}</Typography.Paragraph>
                  {s.evidence.length > 0 && (
                    <Table
                      size="small"
                      pagination={false}
                      bordered
                      rowKey="key"
                      dataSource={s.evidence.map((e, index) => ({ ...e, key: index }))}
                      style={{ maxWidth: 640 }}
                      title={() => t('suggestions.evidence')}
                      columns={[
                        {
                          title: t('suggestions.evidenceLabel'),
                          key: 'label',
                          render: (_, e) => (zh ? e.labelZh : e.labelEn),
                        },
                        { title: t('suggestions.evidenceValue'), dataIndex: 'value', key: 'value', align: 'right' },
                      ]}
                    />
                  )}
                </div>
              ))}
            </Space>
          </Card>
        );
      })}
    </Space>
  );
}
