import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { CursorPager } from '../../../../components/CursorPager';
import { ErrorAlert, MessagesAlert } from '../../../../components/ErrorAlert';
import { ModalFooter } from '../../../../components/ModalFooter';
import { useCursorPaging } from '../../../../components/paging';
import type { MarketTotalListQuery, ProductFamily } from '../../../../gql/graphql';
import { FAMILIES } from '../../../../products/enums';
import { formatAmount, formatMonth } from '../../format';
import { marketTotalDeleteMutation, marketTotalSetMutation } from '../../mutations';
import { marketTotalListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { amountRules, MARKET_TOTAL_MAX, maxLengthRule, normaliseDecimal, requiredRule, SOURCE_MAX } from '../../validation';
import { DeleteAction, monthItemProps, useCanWriteReference, useSettle } from './shared';

type MarketRow = MarketTotalListQuery['marketTotals']['edges'][number]['node'];

interface MarketValues {
  family: ProductFamily;
  month: string;
  amount: string;
  source?: string;
}

export const MARKET_FIELDS = ['family', 'month', 'amount', 'source'] as const;

/** Enter a market total, or correct one (same family and month: amount and source change). */
function MarketFormModal({ entry, open, onClose, onSaved }: { entry?: MarketRow; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, tr } = usePerformanceI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MarketValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [state, set] = useMutation(marketTotalSetMutation);
  const settle = useSettle(form, MARKET_FIELDS);

  const onFinish = async (values: MarketValues) => {
    setGeneral([]);
    const outcome = await set({
      input: {
        family: values.family,
        month: values.month,
        amount: normaliseDecimal(values.amount),
        source: (values.source ?? '').trim(),
      },
    });
    const settled = settle(outcome, outcome.data?.marketTotalSet.errors);
    setGeneral(settled.messages);
    if (settled.saved) {
      message.success(t('reference.saved'));
      onSaved();
    }
  };

  return (
    <Modal
      open={open}
      title={t(entry ? 'reference.market.edit' : 'reference.market.create')}
      onCancel={onClose}
      destroyOnHidden
      data-testid="market-form-modal"
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} loading={state.fetching} testId="market-form-submit" />}
    >
      <Alert type="info" showIcon title={t('reference.market.setHint')} style={{ marginBottom: 16 }} />
      <MessagesAlert messages={general} />
      <Form<MarketValues>
        form={form}
        layout="vertical"
        name="market-form"
        preserve={false}
        onFinish={onFinish}
        initialValues={entry ? { family: entry.family, month: entry.month, amount: entry.amount.amount, source: entry.source } : {}}
      >
        <Form.Item label={t('reference.market.family')} name="family" rules={[requiredRule(t)]}>
          <Select
            disabled={!!entry}
            options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))}
            data-testid="market-form-family"
          />
        </Form.Item>
        <Form.Item label={t('reference.market.month')} name="month" rules={[requiredRule(t)]} {...monthItemProps}>
          <DatePicker picker="month" disabled={!!entry} style={{ width: '100%' }} data-testid="market-form-month" />
        </Form.Item>
        <Form.Item label={t('reference.market.amount')} name="amount" rules={amountRules(t, MARKET_TOTAL_MAX)}>
          <Input inputMode="decimal" autoComplete="off" prefix="CNY" data-testid="market-form-amount" />
        </Form.Item>
        <Form.Item label={t('reference.market.source')} name="source" rules={[maxLengthRule(t, SOURCE_MAX)]}>
          <Input data-testid="market-form-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The market totals tab: per family and month, newest first. */
export function MarketTotalsTab() {
  const { t, tr } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const paging = useCursorPaging();
  const [family, setFamily] = useState<ProductFamily | null>(null);
  const [editing, setEditing] = useState<MarketRow | 'new' | null>(null);
  const [, remove] = useMutation(marketTotalDeleteMutation);
  const [result, reexecute] = useQuery({ query: marketTotalListQuery, variables: { ...paging.variables, family } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.marketTotals;

  const columns: TableColumnsType<MarketRow> = [
    { title: t('reference.market.family'), key: 'family', render: (_, row) => tr(`product.family.${row.family}`, row.family) },
    { title: t('reference.market.month'), key: 'month', render: (_, row) => formatMonth(row.month) },
    {
      title: t('reference.market.amount'),
      key: 'amount',
      align: 'right',
      render: (_, row) => formatAmount(row.amount.amount),
    },
    { title: t('reference.market.source'), dataIndex: 'source', key: 'source', ellipsis: true },
    { title: t('reference.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('reference.system') },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`market-edit-${row.id}`}>
            {t('common.edit')}
          </Button>
          <DeleteAction
            testId={`market-delete-${row.id}`}
            onDelete={async () => {
              const outcome = await remove({ id: row.id });
              return { error: outcome.error, errors: outcome.data?.marketTotalDelete.errors };
            }}
            onDeleted={refetch}
          />
        </Space>
      ),
    });
  }

  return (
    <div data-testid="reference-market-totals">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Select<ProductFamily | 'ALL'>
          value={family ?? 'ALL'}
          onChange={(value) => {
            setFamily(value === 'ALL' ? null : value);
            paging.first();
          }}
          style={{ width: 160 }}
          aria-label={t('reference.market.family')}
          options={[
            { value: 'ALL', label: t('performance.familyAll') },
            ...FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) })),
          ]}
        />
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="market-create">
              {t('reference.market.create')}
            </Button>
          )}
        </Space>
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<MarketRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="market-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
      {/* A fresh form per opening: a kept form instance would carry the last entry's values over. */}
      {editing !== null && (
        <MarketFormModal
          key={editing === 'new' ? 'new' : editing.id}
          open
          entry={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refetch();
          }}
        />
      )}
    </div>
  );
}
