import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { CustomerRowFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { formatMoney } from '../../products/format';
import { RiskToleranceTag } from './tags';

/** A page of customers with masked PII; the customer number opens the 360 page. */
export function CustomerTable({
  rows,
  loading,
  testId,
  emptyText,
}: {
  rows: readonly CustomerRowFragment[];
  loading: boolean;
  testId: string;
  emptyText?: string;
}) {
  const { t, tr } = useI18n();
  const columns: TableColumnsType<CustomerRowFragment> = [
    {
      title: t('customer.field.customerNo'),
      dataIndex: 'customerNo',
      key: 'customerNo',
      render: (no: string, row) => (
        <Link to={`/customers/${encodeURIComponent(row.id)}`} data-testid={`customer-link-${no}`}>
          <Typography.Text code>{no}</Typography.Text>
        </Link>
      ),
    },
    { title: t('customer.field.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('customer.field.customerType'),
      key: 'type',
      render: (_: unknown, row) => tr(`customer.type.${row.customerType}`, row.customerType),
    },
    { title: t('customer.field.age'), dataIndex: 'age', key: 'age', align: 'right', render: (v: number | null) => v ?? '—' },
    {
      title: t('customer.field.idNumber'),
      dataIndex: 'idNumber',
      key: 'idNumber',
      render: (v: string) => <span data-testid="masked-id">{v}</span>,
    },
    { title: t('customer.field.phone'), dataIndex: 'phone', key: 'phone', render: (v: string | null) => v ?? '—' },
    {
      title: t('customer.field.region'),
      key: 'region',
      render: (_: unknown, row) => [row.province, row.city].filter(Boolean).join(' ') || '—',
    },
    {
      title: t('customer.field.riskTolerance'),
      key: 'risk',
      render: (_: unknown, row) => <RiskToleranceTag value={row.riskTolerance} current={row.riskAssessmentCurrent} />,
    },
    {
      title: t('customer.field.kycStatus'),
      key: 'kyc',
      render: (_: unknown, row) => tr(`customer.kyc.${row.kycStatus}`, row.kycStatus),
    },
    { title: t('customer.field.aum'), dataIndex: 'aum', key: 'aum', align: 'right', render: (v: string) => formatMoney(v, 'CNY') },
  ];
  return (
    <Table<CustomerRowFragment>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={emptyText ? { emptyText } : undefined}
      data-testid={testId}
    />
  );
}
