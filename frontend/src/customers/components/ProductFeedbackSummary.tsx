import { Col, Empty, List, Progress, Rate, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useI18n } from '../../i18n/useI18n';
import { productFeedbackSummaryQuery } from '../queries';

/** What customers said about a product: counts, rating, NPS, sources, latest comments, trend. */
export function ProductFeedbackSummary({ productId }: { productId: string }) {
  const { t, tr } = useI18n();
  const [result, reexecute] = useQuery({ query: productFeedbackSummaryQuery, variables: { productId } });
  if (result.error) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Skeleton active />;
  const summary = result.data.productFeedbackSummary;
  if (!summary || summary.count === 0) return <Empty description={t('feedback.summary.empty')} data-testid="product-feedback-empty" />;
  const maxRating = Math.max(1, ...summary.ratingDistribution.map((r) => r.count));
  return (
    <div data-testid="product-feedback">
      <Row gutter={[24, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('feedback.summary.count')} value={summary.count} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('feedback.summary.averageRating', { rated: summary.ratedCount })}
            value={summary.averageRating === null || summary.averageRating === undefined ? '—' : summary.averageRating.toFixed(2)}
            suffix={summary.averageRating === null || summary.averageRating === undefined ? undefined : '/ 5'}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('feedback.summary.nps')} value={summary.nps.score === null || summary.nps.score === undefined ? '—' : summary.nps.score.toFixed(1)} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('feedback.summary.npsParts', { promoters: summary.nps.promoters, passives: summary.nps.passives, detractors: summary.nps.detractors })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={6}>
          <Typography.Text type="secondary">{t('feedback.summary.bySource')}</Typography.Text>
          <div>
            {summary.bySource.map((s) => (
              <Tag key={s.source} style={{ marginTop: 4 }}>
                {tr(`customer.feedbackSource.${s.source}`, s.source)} {s.count}
              </Tag>
            ))}
          </div>
        </Col>
      </Row>
      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} md={8}>
          <Typography.Title level={5}>{t('feedback.summary.distribution')}</Typography.Title>
          {[5, 4, 3, 2, 1].map((rating) => {
            const count = summary.ratingDistribution.find((r) => r.rating === rating)?.count ?? 0;
            return (
              <Space key={rating} style={{ width: '100%' }}>
                <Rate disabled value={rating} style={{ fontSize: 12 }} />
                <Progress percent={Math.round((count / maxRating) * 100)} showInfo={false} size="small" style={{ width: 120 }} />
                <Typography.Text type="secondary">{count}</Typography.Text>
              </Space>
            );
          })}
        </Col>
        <Col xs={24} md={16}>
          <Typography.Title level={5}>{t('feedback.summary.trend')}</Typography.Title>
          <Table
            rowKey="month"
            size="small"
            pagination={false}
            dataSource={summary.trend}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('feedback.summary.month'), dataIndex: 'month', key: 'month', render: (v: string) => v.slice(0, 7) },
              { title: t('feedback.summary.count'), dataIndex: 'count', key: 'count', align: 'right' },
              {
                title: t('feedback.summary.averageRatingShort'),
                dataIndex: 'averageRating',
                key: 'rating',
                align: 'right',
                render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
              },
              { title: 'NPS', dataIndex: 'npsScore', key: 'nps', align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(1)) },
            ]}
          />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('feedback.summary.latest')}
      </Typography.Title>
      <List
        dataSource={summary.latestComments}
        locale={{ emptyText: t('feedback.summary.noComments') }}
        renderItem={(item) => (
          <List.Item key={item.id}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag>{tr(`customer.feedbackSource.${item.source}`, item.source)}</Tag>
                  {item.rating !== null && item.rating !== undefined && <Rate disabled value={item.rating} style={{ fontSize: 12 }} />}
                  {item.nps !== null && item.nps !== undefined && <Tag color="blue">{t('customer.feedback.npsValue', { nps: item.nps })}</Tag>}
                </Space>
              }
              description={formatDateTime(item.receivedAt)}
            />
            <div style={{ whiteSpace: 'pre-wrap' }}>{item.text || '—'}</div>
          </List.Item>
        )}
      />
    </div>
  );
}
