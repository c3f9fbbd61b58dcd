import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { CursorPager } from '../../../../components/CursorPager';
import { ErrorAlert, MessagesAlert } from '../../../../components/ErrorAlert';
import { ModalFooter } from '../../../../components/ModalFooter';
import { useCursorPaging } from '../../../../components/paging';
import type { TransferRateListQuery } from '../../../../gql/graphql';
import { RATE_CURRENCIES } from '../../enums';
import { formatRate4 } from '../../format';
import { transferRateDeleteMutation, transferRateSetMutation } from '../../mutations';
import { transferRateListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { normaliseDecimal, rateRules, requiredRule } from '../../validation';
import { dateItemProps, DeleteAction, useCanWriteReference, useSettle } from './shared';

type TransferRow = TransferRateListQuery['transferRates']['edges'][number]['node'];

interface TransferValues {
  currency: string;
  rate: string;
  effectiveFrom: string;
}

export const TRANSFER_FIELDS = ['currency', 'rate', 'effectiveFrom'] as const;

/** Set an FTP rate, or correct one (same currency and date: only the rate changes). */
function TransferFormModal({ entry, open, onClose, onSaved }: { entry?: TransferRow; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = usePerformanceI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [state, set] = useMutation(transferRateSetMutation);
  const settle = useSettle(form, TRANSFER_FIELDS);

  const onFinish = async (values: TransferValues) => {
    setGeneral([]);
    const outcome = await set({
      input: { currency: values.currency, rate: normaliseDecimal(values.rate), effectiveFrom: values.effectiveFrom },
    });
    const settled = settle(outcome, outcome.data?.transferRateSet.errors);
    setGeneral(settled.messages);
    if (settled.saved) {
      message.success(t('reference.saved'));
      onSaved();
    }
  };

  return (
    <Modal
      open={open}
      title={t(entry ? 'reference.transfer.edit' : 'reference.transfer.create')}
      onCancel={onClose}
      destroyOnHidden
      data-testid="transfer-form-modal"
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} loading={state.fetching} testId="transfer-form-submit" />}
    >
      <Alert type="info" showIcon title={t('reference.transfer.setHint')} style={{ marginBottom: 16 }} />
      <MessagesAlert messages={general} />
      <Form<TransferValues>
        form={form}
        layout="vertical"
        name="transfer-form"
        preserve={false}
        onFinish={onFinish}
        initialValues={entry ? { currency: entry.currency, rate: entry.rate, effectiveFrom: entry.effectiveFrom } : { currency: 'CNY' }}
      >
        <Form.Item label={t('reference.transfer.currency')} name="currency" rules={[requiredRule(t)]}>
          <Select
            disabled={!!entry}
            showSearch={{ optionFilterProp: 'label' }}
            options={RATE_CURRENCIES.map((c) => ({ value: c, label: c }))}
            data-testid="transfer-form-currency"
          />
        </Form.Item>
        <Form.Item label={t('reference.transfer.rate')} name="rate" rules={rateRules(t)}>
          <Input inputMode="decimal" autoComplete="off" suffix="%" data-testid="transfer-form-rate" />
        </Form.Item>
        <Form.Item label={t('reference.transfer.effectiveFrom')} name="effectiveFrom" rules={[requiredRule(t)]} {...dateItemProps}>
          <DatePicker disabled={!!entry} style={{ width: '100%' }} data-testid="transfer-form-effective-from" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The FTP rates tab: by currency, newest first. */
export function TransferRatesTab() {
  const { t } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const paging = useCursorPaging();
  const [currency, setCurrency] = useState<string | null>(null);
  const [editing, setEditing] = useState<TransferRow | 'new' | null>(null);
  const [, remove] = useMutation(transferRateDeleteMutation);
  const [result, reexecute] = useQuery({ query: transferRateListQuery, variables: { ...paging.variables, currency } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.transferRates;

  const columns: TableColumnsType<TransferRow> = [
    { title: t('reference.transfer.currency'), dataIndex: 'currency', key: 'currency' },
    { title: t('reference.transfer.rate'), key: 'rate', align: 'right', render: (_, row) => formatRate4(row.rate) },
    { title: t('reference.transfer.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom' },
    { title: t('reference.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('reference.system') },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`transfer-edit-${row.id}`}>
            {t('common.edit')}
          </Button>
          <DeleteAction
            testId={`transfer-delete-${row.id}`}
            onDelete={async () => {
              const outcome = await remove({ id: row.id });
              return { error: outcome.error, errors: outcome.data?.transferRateDelete.errors };
            }}
            onDeleted={refetch}
          />
        </Space>
      ),
    });
  }

  return (
    <div data-testid="reference-transfer-rates">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Select<string>
          value={currency ?? 'ALL'}
          onChange={(value) => {
            setCurrency(value === 'ALL' ? null : value);
            paging.first();
          }}
          style={{ width: 140 }}
          aria-label={t('reference.transfer.currency')}
          options={[{ value: 'ALL', label: t('common.all') }, ...RATE_CURRENCIES.map((c) => ({ value: c, label: c }))]}
        />
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="transfer-create">
              {t('reference.transfer.create')}
            </Button>
          )}
        </Space>
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<TransferRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="transfer-table"
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
        <TransferFormModal
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
