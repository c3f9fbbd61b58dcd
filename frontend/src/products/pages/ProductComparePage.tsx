import { useMemo, useState } from 'react';
import { Alert, Button, Card, Space, Switch, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { compareRows, type CompareRow } from '../compare';
import { StatusTag } from '../components/tags';
import { productCompareQuery } from '../queries';

/** /products/compare?ids=a,b,c — products side by side, differing rows highlighted. */
export function ProductComparePage() {
  const { t, tr, locale } = useI18n();
  const [params] = useSearchParams();
  const ids = useMemo(() => (params.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean), [params]);
  const valid = ids.length >= 2 && ids.length <= 4;
  const [onlyDiff, setOnlyDiff] = useState(false);
  const [result, reexecute] = useQuery({ query: productCompareQuery, variables: { ids }, pause: !valid });
  const products = result.data?.productCompare ?? [];
  const rows = useMemo(() => compareRows(products, tr, locale), [products, tr, locale]);

  if (!valid) {
    return (
      <Card title={t('product.compare.title')}>
        <Alert type="info" showIcon title={t('product.compare.needIds')} action={<Link to="/products">{t('product.page.back')}</Link>} />
      </Card>
    );
  }

  const columns: TableColumnsType<CompareRow> = [
    {
      title: t('product.compare.field'),
      dataIndex: 'label',
      key: 'label',
      fixed: 'left',
      width: 180,
      render: (label: string, row) => <Typography.Text strong={row.differs}>{label}</Typography.Text>,
    },
    ...products.map((p, index) => ({
      key: p.id,
      title: (
        <Space orientation="vertical" size={0}>
          <Link to={`/products/${encodeURIComponent(p.id)}`}>
            <Typography.Text code>{p.code}</Typography.Text>
          </Link>
          <StatusTag status={p.status} />
        </Space>
      ),
      render: (_: unknown, row: CompareRow) => <span style={{ whiteSpace: 'pre-line' }}>{row.values[index]}</span>,
    })),
  ];
  const shown = rows.filter((row) => !onlyDiff || row.differs);
  return (
    <Card
      title={t('product.compare.title')}
      data-testid="compare-page"
      extra={
        <Space>
          <Switch checked={onlyDiff} onChange={setOnlyDiff} data-testid="compare-only-diff" />
          {t('product.compare.differs')}
          <Link to="/products">
            <Button>{t('product.page.back')}</Button>
          </Link>
        </Space>
      }
    >
      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
      <Table<CompareRow>
        rowKey="key"
        size="small"
        loading={result.fetching}
        pagination={false}
        columns={columns}
        dataSource={shown}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.differs ? 'compare-differs' : '')}
        onRow={(row) => ({ style: row.differs ? { background: '#fffbe6' } : undefined, 'data-differs': row.differs ? 'true' : 'false' } as React.HTMLAttributes<HTMLElement>)}
        data-testid="compare-table"
      />
    </Card>
  );
}
