import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DiffOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type {
  Channel,
  ProductFamily,
  ProductFilter,
  ProductListQuery,
  ProductOrder,
  ProductOrderField,
  ProductStatus,
  ProductSubtype,
  RiskLevel,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { RiskTag, StatusTag, useEnumOptions } from '../components/tags';
import { CHANNELS, CURRENCIES, FAMILIES, RISK_LEVELS, STATUSES, SUBTYPES, ALL_SUBTYPES } from '../enums';
import { formatRate } from '../format';
import { productListQuery } from '../queries';
import { DecimalInput } from '../components/fields';

export type ProductRow = ProductListQuery['products']['edges'][number]['node'];

export interface ProductFilterValues {
  text?: string;
  families?: ProductFamily[];
  subtypes?: ProductSubtype[];
  statuses?: ProductStatus[];
  riskLevels?: RiskLevel[];
  channel?: Channel;
  currency?: string;
  rateMin?: string | null;
  rateMax?: string | null;
  onSaleAt?: Dayjs | null;
}

/** The filter form as the API's ProductFilter; blank fields mean "any". */
export function toProductFilter(values: ProductFilterValues): ProductFilter {
  const list = <T,>(v: T[] | undefined) => (v && v.length ? v : undefined);
  const blank = (v: string | null | undefined) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v));
  return {
    text: values.text?.trim() || undefined,
    families: list(values.families),
    subtypes: list(values.subtypes),
    statuses: list(values.statuses),
    riskLevels: list(values.riskLevels),
    channel: values.channel,
    currency: values.currency,
    rateMin: blank(values.rateMin),
    rateMax: blank(values.rateMax),
    onSaleAt: values.onSaleAt ? values.onSaleAt.format('YYYY-MM-DD') : undefined,
  };
}

const SORTS: Record<ProductOrderField, ProductOrder> = {
  CODE: { field: 'CODE', direction: 'ASC' },
  NAME: { field: 'NAME', direction: 'ASC' },
  CREATED_AT: { field: 'CREATED_AT', direction: 'DESC' },
  UPDATED_AT: { field: 'UPDATED_AT', direction: 'DESC' },
  HEADLINE_RATE: { field: 'HEADLINE_RATE', direction: 'DESC' },
  RISK_LEVEL: { field: 'RISK_LEVEL', direction: 'ASC' },
};
const SORT_CHOICES: ProductOrderField[] = ['CODE', 'NAME', 'UPDATED_AT', 'HEADLINE_RATE', 'RISK_LEVEL'];
export const MAX_COMPARE = 4;

export function ProductListPage() {
  const { t, tr, locale } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const options = useEnumOptions();
  const [form] = Form.useForm<ProductFilterValues>();
  const paging = useCursorPaging();
  const [filter, setFilter] = useState<ProductFilter>({});
  const [sort, setSort] = useState<ProductOrderField>('CODE');
  const [selected, setSelected] = useState<string[]>([]);
  const families = Form.useWatch('families', form) as ProductFamily[] | undefined;
  const variables = useMemo(() => ({ ...paging.variables, filter, orderBy: SORTS[sort] }), [paging.variables, filter, sort]);
  const [result, reexecute] = useQuery({ query: productListQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.products;
  const canWrite = hasPermission(me, 'product:write');

  const applyFilter = (values: ProductFilterValues) => {
    setFilter(toProductFilter(values));
    paging.first();
  };

  const subtypeChoices = families && families.length ? families.flatMap((f) => SUBTYPES[f]) : ALL_SUBTYPES;
  const name = (row: ProductRow) => (locale === 'zh-CN' ? row.nameZh : row.nameEn || row.nameZh);
  const otherName = (row: ProductRow) => (locale === 'zh-CN' ? row.nameEn : row.nameZh);

  const columns: TableColumnsType<ProductRow> = [
    {
      title: t('product.field.code'),
      dataIndex: 'code',
      key: 'code',
      render: (code: string, row) => (
        <Link to={`/products/${encodeURIComponent(row.id)}`} data-testid={`product-link-${code}`}>
          <Typography.Text code>{code}</Typography.Text>
        </Link>
      ),
    },
    {
      title: t('product.field.name'),
      key: 'name',
      render: (_: unknown, row) => (
        <div>
          <div>{name(row)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {otherName(row)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('product.field.family'),
      key: 'family',
      render: (_: unknown, row) => (
        <span>
          {tr(`product.family.${row.family}`, row.family)}
          <Typography.Text type="secondary"> / {tr(`product.subtype.${row.subtype}`, row.subtype)}</Typography.Text>
        </span>
      ),
    },
    { title: t('product.field.status'), dataIndex: 'status', key: 'status', render: (s: ProductStatus) => <StatusTag status={s} /> },
    { title: t('product.field.riskLevel'), dataIndex: 'riskLevel', key: 'risk', render: (r: RiskLevel) => <RiskTag level={r} /> },
    {
      title: t('product.field.headlineRate'),
      dataIndex: 'headlineRate',
      key: 'rate',
      align: 'right',
      render: (v: string | null, row) => (
        <>
          <span data-testid="headline-rate">{formatRate(v)}</span>
          {row.terms?.__typename === 'LoanTerms' && row.terms.annualisedRate && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="list-apr">
                {t('product.list.apr', { rate: formatRate(row.terms.annualisedRate) })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: t('product.field.currency'), dataIndex: 'currency', key: 'currency' },
    {
      title: t('product.field.channels'),
      key: 'channels',
      render: (_: unknown, row) => row.channels.map((c) => tr(`product.channel.${c.channel}`, c.channel)).join('、') || '—',
    },
    { title: t('product.field.owner'), key: 'owner', render: (_: unknown, row) => row.owner?.displayName ?? '—' },
    { title: t('product.field.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', render: (v: string) => formatDateTime(v) },
  ];

  const compareReady = selected.length >= 2 && selected.length <= MAX_COMPARE;
  return (
    <Card
      title={t('product.list.title')}
      data-testid="products-page"
      extra={
        <Space>
          <Tooltip title={compareReady ? undefined : t('product.list.compareHint')}>
            <Button
              icon={<DiffOutlined />}
              disabled={!compareReady}
              onClick={() => navigate(`/products/compare?ids=${selected.map(encodeURIComponent).join(',')}`)}
              data-testid="product-compare"
            >
              {t('product.list.compare', { count: selected.length })}
            </Button>
          </Tooltip>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/products/new')} data-testid="product-create">
              {t('product.list.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Form<ProductFilterValues> form={form} layout="inline" onFinish={applyFilter} style={{ marginBottom: 16, rowGap: 8 }} name="product-filter">
        <Form.Item name="text">
          <Input allowClear placeholder={t('product.list.searchPlaceholder')} style={{ width: 200 }} data-testid="product-filter-text" />
        </Form.Item>
        <Form.Item name="families">
          <Select mode="multiple" allowClear placeholder={t('product.field.family')} style={{ minWidth: 140 }} options={options('family', FAMILIES)} />
        </Form.Item>
        <Form.Item name="subtypes">
          <Select mode="multiple" allowClear placeholder={t('product.field.subtype')} style={{ minWidth: 140 }} options={options('subtype', subtypeChoices)} />
        </Form.Item>
        <Form.Item name="statuses">
          <Select
            mode="multiple"
            allowClear
            placeholder={t('product.field.status')}
            style={{ minWidth: 130 }}
            options={options('status', STATUSES)}
            data-testid="product-filter-status"
          />
        </Form.Item>
        <Form.Item name="riskLevels">
          <Select mode="multiple" allowClear placeholder={t('product.field.riskLevel')} style={{ minWidth: 120 }} options={RISK_LEVELS.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item name="channel">
          <Select allowClear placeholder={t('product.field.channel')} style={{ width: 130 }} options={options('channel', CHANNELS)} />
        </Form.Item>
        <Form.Item name="currency">
          <Select allowClear placeholder={t('product.field.currency')} style={{ width: 100 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="rateMin">
          <DecimalInput placeholder={t('product.list.rateMin')} style={{ width: 130 }} min="0" max="36" />
        </Form.Item>
        <Form.Item name="rateMax">
          <DecimalInput placeholder={t('product.list.rateMax')} style={{ width: 130 }} min="0" max="36" />
        </Form.Item>
        <Form.Item name="onSaleAt">
          <DatePicker placeholder={t('product.list.onSaleAt')} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="product-filter-submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                applyFilter({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('product.list.sortBy')}</Typography.Text>
        <Select<ProductOrderField>
          value={sort}
          onChange={(value) => {
            setSort(value);
            paging.first();
          }}
          style={{ width: 220 }}
          data-testid="product-sort"
          options={SORT_CHOICES.map((field) => ({ value: field, label: t(`product.list.sort.${field}` as 'product.list.sort.CODE') }))}
        />
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<ProductRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('product.list.empty') }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (row) => ({
            disabled: selected.length >= MAX_COMPARE && !selected.includes(row.id),
            'data-testid': `product-select-${row.code}`,
          }),
        }}
        data-testid="products-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
    </Card>
  );
}
