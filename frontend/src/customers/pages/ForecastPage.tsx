import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Form, InputNumber, Radio, Row, Select, Space, Spin, Statistic, Typography } from 'antd';
import { LineChartOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ForecastMetric, ProductFamily } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { FAMILIES } from '../../products/enums';
import { formatMoney } from '../../products/format';
import { formatMape } from '../forecastSeries';
import { demandForecastQuery, productOptionsQuery } from '../queries';
import { useDebounced } from '../useDebounced';

const ForecastChart = lazy(() => import('../components/ForecastChart'));

export const MIN_HORIZON = 6;
export const MAX_HORIZON = 12;

interface ForecastValues {
  scope: 'family' | 'product';
  family?: ProductFamily;
  productId?: string;
  metric: ForecastMetric;
  horizon: number;
}

interface ForecastRequest {
  family: ProductFamily | null;
  productId: string | null;
  metric: ForecastMetric;
  horizon: number;
}

/** The API gives MAPE in percent (12.3), not as a fraction. */
const MAPE_IS_FRACTION = false;

/** /customers/forecast — monthly demand per family or product, with prediction intervals. */
export function ForecastPage() {
  const { t, tr, locale } = useI18n();
  const [form] = Form.useForm<ForecastValues>();
  const scope = Form.useWatch('scope', form) ?? 'family';
  const [request, setRequest] = useState<ForecastRequest | null>(null);
  const [productSearch, setProductSearch] = useState('');
  const productText = useDebounced(productSearch, 300);
  const [products] = useQuery({ query: productOptionsQuery, variables: { text: productText || null }, pause: scope !== 'product' });
  const variables = useMemo(() => request ?? { family: null, productId: null, metric: 'COUNT' as ForecastMetric, horizon: MAX_HORIZON }, [request]);
  const [result, reexecute] = useQuery({ query: demandForecastQuery, variables, pause: !request });
  const forecast = result.data?.demandForecast;
  const metric = request?.metric ?? 'COUNT';
  const format = (v: number) => (metric === 'AMOUNT' ? formatMoney(v.toFixed(2), 'CNY') : Math.round(v).toLocaleString());

  const submit = (values: ForecastValues) =>
    setRequest({
      family: values.scope === 'family' ? (values.family ?? null) : null,
      productId: values.scope === 'product' ? (values.productId ?? null) : null,
      metric: values.metric,
      horizon: values.horizon,
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="forecast-page">
      <Card title={t('forecast.title')}>
        <Form<ForecastValues>
          form={form}
          layout="inline"
          onFinish={submit}
          name="forecast-form"
          style={{ rowGap: 8 }}
          initialValues={{ scope: 'family', family: 'DEPOSIT', metric: 'COUNT', horizon: MAX_HORIZON }}
        >
          <Form.Item name="scope">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'family', label: t('forecast.byFamily') },
                { value: 'product', label: t('forecast.byProduct') },
              ]}
            />
          </Form.Item>
          {scope === 'family' ? (
            <Form.Item name="family" rules={[{ required: true, message: t('forecast.familyRequired') }]}>
              <Select style={{ width: 160 }} options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))} data-testid="forecast-family" />
            </Form.Item>
          ) : (
            <Form.Item name="productId" rules={[{ required: true, message: t('forecast.productRequired') }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setProductSearch }}
                placeholder={t('forecast.productPlaceholder')}
                style={{ width: 280 }}
                loading={products.fetching}
                notFoundContent={products.fetching ? <Spin size="small" /> : undefined}
                options={
                  products.data?.products.edges.map(({ node }) => ({
                    value: node.id,
                    label: `${node.code} ${locale === 'zh-CN' ? node.nameZh : node.nameEn || node.nameZh}`,
                  })) ?? []
                }
                data-testid="forecast-product"
              />
            </Form.Item>
          )}
          <Form.Item name="metric">
            <Radio.Group
              options={[
                { value: 'COUNT', label: t('forecast.metric.COUNT') },
                { value: 'AMOUNT', label: t('forecast.metric.AMOUNT') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="horizon"
            label={t('forecast.horizon')}
            rules={[{ required: true, type: 'integer', min: MIN_HORIZON, max: MAX_HORIZON, message: t('forecast.horizonRange', { min: MIN_HORIZON, max: MAX_HORIZON }) }]}
          >
            <InputNumber<number> min={MIN_HORIZON} max={MAX_HORIZON} precision={0} suffix={t('forecast.months')} style={{ width: 120 }} data-testid="forecast-horizon" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<LineChartOutlined />} loading={result.fetching} data-testid="forecast-submit">
              {t('forecast.run')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {request && (
        <Card>
          {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
          {result.fetching && !forecast && <Spin />}
          {forecast && (
            <Row gutter={24}>
              <Col xs={24} xl={18}>
                {forecast.message && (
                  <Alert
                    type={forecast.forecast.length ? 'info' : 'warning'}
                    showIcon
                    title={forecast.message}
                    style={{ marginBottom: 16 }}
                    data-testid="forecast-message"
                  />
                )}
                {forecast.history.length || forecast.forecast.length ? (
                  <Suspense fallback={<Spin />}>
                    <ForecastChart
                      history={forecast.history}
                      forecast={forecast.forecast}
                      format={format}
                      names={{
                        history: t('forecast.series.history'),
                        forecast: t('forecast.series.forecast'),
                        interval80: t('forecast.series.interval80'),
                        interval95: t('forecast.series.interval95'),
                      }}
                    />
                  </Suspense>
                ) : (
                  <Empty description={t('forecast.noData')} />
                )}
              </Col>
              <Col xs={24} xl={6}>
                <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="forecast-accuracy">
                  <Statistic title={t('forecast.mape')} value={formatMape(forecast.mape, MAPE_IS_FRACTION)} valueRender={(n) => <span data-testid="forecast-mape">{n}</span>} />
                  <Statistic title={t('forecast.baselineMape')} value={formatMape(forecast.baselineMape, MAPE_IS_FRACTION)} />
                  {forecast.mape !== null && forecast.mape !== undefined && forecast.baselineMape !== null && forecast.baselineMape !== undefined && (
                    <Typography.Text type={forecast.mape <= forecast.baselineMape ? 'success' : 'warning'} data-testid="forecast-verdict">
                      {forecast.mape <= forecast.baselineMape ? t('forecast.beatsBaseline') : t('forecast.losesToBaseline')}
                    </Typography.Text>
                  )}
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t('forecast.model')}>{forecast.model || '—'}</Descriptions.Item>
                  </Descriptions>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('forecast.mapeHint')}
                  </Typography.Text>
                </Space>
              </Col>
            </Row>
          )}
        </Card>
      )}
    </Space>
  );
}
