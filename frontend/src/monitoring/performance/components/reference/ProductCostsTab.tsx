import { useMemo, useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { MessagesAlert, ErrorAlert } from '../../../../components/ErrorAlert';
import { CursorPager } from '../../../../components/CursorPager';
import { formatDateTime } from '../../../../components/format';
import { ModalFooter } from '../../../../components/ModalFooter';
import { useCursorPaging } from '../../../../components/paging';
import type { CostCategory, ProductCostFilter, ProductCostListQuery } from '../../../../gql/graphql';
import { COST_CATEGORIES } from '../../enums';
import { formatAmount, formatMonth } from '../../format';
import { productCostDeleteMutation, productCostRecordMutation, productCostUpdateMutation } from '../../mutations';
import { productCostListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { amountRules, maxLengthRule, normaliseDecimal, NOTE_MAX, requiredRule } from '../../validation';
import { DeleteAction, monthItemProps, ProductSelect, useCanWriteReference, useSettle, type Settled } from './shared';

type CostRow = ProductCostListQuery['productCosts']['edges'][number]['node'];

interface CostValues {
  productId: string;
  month: string;
  category: CostCategory;
  amount: string;
  note?: string;
}

export const COST_FIELDS = ['productId', 'month', 'category', 'amount', 'note'] as const;

/** Record a cost (`entry` absent) or change one; the product of an entry cannot change. */
function CostFormModal({ entry, open, onClose, onSaved }: { entry?: CostRow; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = usePerformanceI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CostValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [recordState, record] = useMutation(productCostRecordMutation);
  const [updateState, update] = useMutation(productCostUpdateMutation);
  const settle = useSettle(form, COST_FIELDS);

  const onFinish = async (values: CostValues) => {
    setGeneral([]);
    const common = {
      month: values.month,
      category: values.category,
      amount: normaliseDecimal(values.amount),
      note: (values.note ?? '').trim(),
    };
    let settled: Settled;
    if (entry) {
      const outcome = await update({ id: entry.id, input: common });
      settled = settle(outcome, outcome.data?.productCostUpdate.errors);
    } else {
      const outcome = await record({ input: { ...common, productId: values.productId } });
      settled = settle(outcome, outcome.data?.productCostRecord.errors);
    }
    setGeneral(settled.messages);
    if (settled.saved) {
      message.success(t('reference.saved'));
      onSaved();
    }
  };

  return (
    <Modal
      open={open}
      title={t(entry ? 'reference.cost.edit' : 'reference.cost.create')}
      onCancel={onClose}
      destroyOnHidden
      data-testid="cost-form-modal"
      footer={
        <ModalFooter
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={t('common.save')}
          loading={recordState.fetching || updateState.fetching}
          testId="cost-form-submit"
        />
      }
    >
      <MessagesAlert messages={general} />
      <Form<CostValues>
        form={form}
        layout="vertical"
        name="cost-form"
        preserve={false}
        onFinish={onFinish}
        initialValues={
          entry
            ? { productId: entry.product?.id, month: entry.month, category: entry.category, amount: entry.amount.amount, note: entry.note }
            : { category: 'OPERATIONS' }
        }
      >
        <Form.Item label={t('reference.cost.product')} name="productId" rules={[requiredRule(t)]}>
          <ProductSelect current={entry?.product} disabled={!!entry} testId="cost-form-product" />
        </Form.Item>
        <Form.Item label={t('reference.cost.month')} name="month" rules={[requiredRule(t)]} {...monthItemProps}>
          <DatePicker picker="month" style={{ width: '100%' }} data-testid="cost-form-month" />
        </Form.Item>
        <Form.Item label={t('reference.cost.category')} name="category" rules={[requiredRule(t)]}>
          <Select
            options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`performance.costCategory.${c}`) }))}
            data-testid="cost-form-category"
          />
        </Form.Item>
        <Form.Item label={t('reference.cost.amount')} name="amount" rules={amountRules(t)} extra={t('reference.cost.amountHint')}>
          <Input inputMode="decimal" autoComplete="off" data-testid="cost-form-amount" />
        </Form.Item>
        <Form.Item label={t('reference.cost.note')} name="note" rules={[maxLengthRule(t, NOTE_MAX)]}>
          <Input.TextArea rows={2} data-testid="cost-form-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The costs tab: filter by product, category and months; record, change and delete entries. */
export function ProductCostsTab() {
  const { t, locale } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const paging = useCursorPaging();
  const [productId, setProductId] = useState<string | null>(null);
  const [category, setCategory] = useState<CostCategory | null>(null);
  const [months, setMonths] = useState<[string, string] | null>(null);
  const [editing, setEditing] = useState<CostRow | 'new' | null>(null);
  const [, remove] = useMutation(productCostDeleteMutation);

  const filter = useMemo<ProductCostFilter>(
    () => ({ productId, category, monthFrom: months?.[0] ?? null, monthTo: months?.[1] ?? null }),
    [productId, category, months],
  );
  const [result, reexecute] = useQuery({ query: productCostListQuery, variables: { ...paging.variables, filter } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.productCosts;
  const changeFilter = <V,>(set: (value: V) => void) => (value: V) => {
    set(value);
    paging.first();
  };

  const columns: TableColumnsType<CostRow> = [
    {
      title: t('reference.cost.product'),
      key: 'product',
      render: (_, row) =>
        row.product ? (
          <Space orientation="vertical" size={0}>
            <span>{locale === 'zh-CN' ? row.product.nameZh : row.product.nameEn}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.product.code}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    { title: t('reference.cost.month'), key: 'month', render: (_, row) => formatMonth(row.month) },
    { title: t('reference.cost.category'), key: 'category', render: (_, row) => t(`performance.costCategory.${row.category}`) },
    {
      title: t('reference.cost.amount'),
      key: 'amount',
      align: 'right',
      render: (_, row) => `${row.amount.currency} ${formatAmount(row.amount.amount)}`,
    },
    { title: t('reference.cost.note'), dataIndex: 'note', key: 'note', ellipsis: true },
    { title: t('reference.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('reference.system') },
    { title: t('reference.createdAt'), key: 'createdAt', render: (_, row) => formatDateTime(row.createdAt) },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`cost-edit-${row.id}`}>
            {t('common.edit')}
          </Button>
          <DeleteAction
            testId={`cost-delete-${row.id}`}
            onDelete={async () => {
              const outcome = await remove({ id: row.id });
              return { error: outcome.error, errors: outcome.data?.productCostDelete.errors };
            }}
            onDeleted={refetch}
          />
        </Space>
      ),
    });
  }

  return (
    <div data-testid="reference-costs">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <ProductSelect value={productId} onChange={changeFilter((v: string | undefined) => setProductId(v ?? null))} allowClear style={{ width: 260 }} testId="cost-filter-product" />
          <Select<CostCategory | 'ALL'>
            value={category ?? 'ALL'}
            onChange={changeFilter((v: CostCategory | 'ALL') => setCategory(v === 'ALL' ? null : v))}
            style={{ width: 150 }}
            aria-label={t('reference.cost.category')}
            options={[
              { value: 'ALL', label: t('common.all') },
              ...COST_CATEGORIES.map((c) => ({ value: c, label: t(`performance.costCategory.${c}`) })),
            ]}
          />
          <DatePicker.RangePicker
            picker="month"
            placeholder={[t('reference.cost.monthRange'), t('reference.cost.monthRange')]}
            onChange={changeFilter((days: [Dayjs | null, Dayjs | null] | null) =>
              setMonths(
                days?.[0] && days[1]
                  ? [days[0].startOf('month').format('YYYY-MM-DD'), days[1].startOf('month').format('YYYY-MM-DD')]
                  : null,
              ),
            )}
          />
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="cost-create">
              {t('reference.cost.create')}
            </Button>
          )}
        </Space>
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<CostRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="cost-table"
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
        <CostFormModal
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
