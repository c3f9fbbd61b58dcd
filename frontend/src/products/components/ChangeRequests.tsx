import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Descriptions, Form, Input, Modal, Row, Select, Skeleton, Space, Switch, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { JsonBlock } from '../../audit/components/JsonBlock';
import { ErrorAlert, MessagesAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { ModalFooter } from '../../components/ModalFooter';
import type {
  ChangeRequestFieldsFragment,
  ChangeRequestStatus,
  ProductCommonFieldsFragment,
  ProductUpdateInput,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { RISK_LEVELS } from '../enums';
import {
  productChangeRequestApproveMutation,
  productChangeRequestCancelMutation,
  productChangeRequestCreateMutation,
  productChangeRequestRejectMutation,
} from '../mutations';
import { changeRequestTermsQuery } from '../queries';
import { formatDate, productToValues, toTermsInput, type ProductFormValues } from '../productForm';
import { applyFieldErrors } from '../serverErrors';
import { DecimalInput } from './fields';
import { notBelow } from './ProductFields';
import { ChangeRequestStatusTag, useEnumOptions } from './tags';
import { TermsForm } from './TermsForm';
import { TermsView } from './TermsView';

export type ChangeRequestRow = ChangeRequestFieldsFragment & {
  product?: { id: string; code: string; nameZh: string; nameEn: string } | null;
};

/** Fields a change request may change besides the terms (the rest need a new product). */
export const CHANGEABLE_FIELDS = [
  'nameZh',
  'nameEn',
  'riskLevel',
  'description',
  'highlights',
  'tags',
  'minAmount',
  'maxAmount',
  'quotaTotal',
  'salesEnd',
] as const;
type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

interface ChangeRequestValues extends ProductFormValues {
  effectiveDate?: Dayjs | null;
  changeTerms?: boolean;
  changeFields?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The field changes to send: only those that differ from the product's current values. */
export function changedFields(values: ProductFormValues, current: ProductFormValues): ProductUpdateInput {
  const changes: Record<string, unknown> = {};
  const normalise = (field: ChangeableField, v: ProductFormValues[ChangeableField]) => {
    if (field === 'salesEnd') return formatDate(v as Dayjs | null | undefined);
    if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
    if (v === '' || v === undefined) return null;
    return typeof v === 'string' && field !== 'description' ? v.trim() : v;
  };
  for (const field of CHANGEABLE_FIELDS) {
    const next = normalise(field, values[field]);
    const before = normalise(field, current[field]);
    if (field === 'minAmount' || field === 'maxAmount' || field === 'quotaTotal') {
      if (next === null && before === null) continue;
      if (next !== null && before !== null && Number(next) === Number(before)) continue;
    }
    if (!same(next, before)) changes[field] = next;
  }
  return changes as ProductUpdateInput;
}

/** New change request: reason, effective date (today or later), new terms and/or field changes. */
export function ChangeRequestFormModal({
  product,
  open,
  onClose,
  onCreated,
}: {
  product: ProductCommonFieldsFragment;
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const options = useEnumOptions();
  const [form] = Form.useForm<ChangeRequestValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [state, create] = useMutation(productChangeRequestCreateMutation);
  const current = productToValues(product);
  const changeTerms = Form.useWatch('changeTerms', form) as boolean | undefined;
  const changeFields = Form.useWatch('changeFields', form) as boolean | undefined;

  const onFinish = async (values: ChangeRequestValues) => {
    setGeneral([]);
    setConflict(false);
    const all = form.getFieldsValue(true) as ChangeRequestValues;
    const changes = all.changeFields ? changedFields(all, current) : {};
    const terms = all.changeTerms ? toTermsInput(product.family, product.subtype, all.terms) : null;
    if (!terms && Object.keys(changes).length === 0) {
      setGeneral([t('product.v.changeNothing')]);
      return;
    }
    const result = await create({
      input: {
        productId: product.id,
        expectedVersion: product.version,
        reason: (values.reason ?? '').trim(),
        effectiveDate: formatDate(values.effectiveDate)!,
        terms,
        changes: Object.keys(changes).length ? changes : null,
      },
    });
    if (result.error) {
      setGeneral([describeError(result.error, t).message]);
      return;
    }
    const payload = result.data?.productChangeRequestCreate;
    if (!payload) return;
    if (payload.errors.length) {
      const applied = applyFieldErrors(form, payload.errors, (e) => userErrorMessage(e, locale, tr));
      setConflict(applied.codes.includes('CONFLICT'));
      setGeneral(applied.general);
      return;
    }
    message.success(t('product.cr.created'));
    onCreated();
  };

  return (
    <Modal
      open={open}
      width={960}
      title={`${t('product.cr.new')} · ${product.code}`}
      onCancel={onClose}
      destroyOnHidden
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} loading={state.fetching} testId="cr-form-submit" />}
      data-testid="cr-form-modal"
    >
      <MessagesAlert messages={general} />
      {conflict && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('product.page.conflict')} />}
      <Form<ChangeRequestValues>
        form={form}
        layout="vertical"
        name="change-request"
        onFinish={onFinish}
        initialValues={{ ...current, effectiveDate: dayjs().add(1, 'day'), changeTerms: true, changeFields: false, reason: '' }}
      >
        <Form.Item name="family" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="subtype" hidden>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="reason" label={t('product.cr.reason')} rules={[{ required: true, whitespace: true, message: t('product.v.reasonRequired') }]}>
              <Input data-testid="cr-reason" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="effectiveDate"
              label={t('product.cr.effectiveDate')}
              rules={[
                { required: true, message: t('product.v.required') },
                {
                  validator: (_, value: Dayjs | null) =>
                    value && value.isBefore(dayjs(), 'day') ? Promise.reject(new Error(t('product.v.notBeforeToday'))) : Promise.resolve(),
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="cr-effective-date" />
            </Form.Item>
          </Col>
        </Row>
        <Space size="large" style={{ marginBottom: 16 }}>
          <Space>
            <Form.Item name="changeTerms" valuePropName="checked" noStyle>
              <Switch data-testid="cr-change-terms" />
            </Form.Item>
            {t('product.cr.changeTerms')}
          </Space>
          <Space>
            <Form.Item name="changeFields" valuePropName="checked" noStyle>
              <Switch data-testid="cr-change-fields" />
            </Form.Item>
            {t('product.cr.changeFields')}
          </Space>
        </Space>
        {changeTerms && <TermsForm family={product.family} subtype={product.subtype} />}
        {changeFields && (
          <>
            <Typography.Paragraph type="secondary">{t('product.cr.fieldsHint')}</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="nameZh" label={t('product.field.nameZh')} rules={[{ required: true, whitespace: true, message: t('product.v.required') }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="nameEn" label={t('product.field.nameEn')} rules={[{ required: true, whitespace: true, message: t('product.v.required') }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="riskLevel" label={t('product.field.riskLevel')}>
                  <Select options={options('risk', RISK_LEVELS)} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="description" label={t('product.field.description')}>
              <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="highlights" label={t('product.field.highlights')}>
                  <Select mode="tags" open={false} suffixIcon={null} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="tags" label={t('product.field.tags')}>
                  <Select mode="tags" open={false} suffixIcon={null} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="minAmount" label={t('product.field.minAmount')}>
                  <DecimalInput min="0" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="maxAmount" label={t('product.field.maxAmount')} dependencies={['minAmount']} rules={[notBelow(t, ['minAmount'])]}>
                  <DecimalInput min="0" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="quotaTotal" label={t('product.field.quotaTotal')}>
                  <DecimalInput min="0" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="salesEnd" label={t('product.field.salesEnd')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </Form>
    </Modal>
  );
}

type Decision = 'approve' | 'reject';

/** Approve / reject (checkers) and withdraw (the requester) buttons of a pending request. */
export function ChangeRequestDecisionButtons({
  request,
  permissions,
  meId,
  onDone,
}: {
  request: ChangeRequestRow;
  permissions: readonly string[];
  meId?: string;
  onDone: () => void;
}) {
  const { t, tr, locale } = useI18n();
  const { message, modal } = App.useApp();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [form] = Form.useForm<{ note?: string }>();
  const [approveState, approve] = useMutation(productChangeRequestApproveMutation);
  const [rejectState, reject] = useMutation(productChangeRequestRejectMutation);
  const [, cancel] = useMutation(productChangeRequestCancelMutation);
  if (request.status !== 'PENDING') return null;
  const own = !!meId && request.requestedBy?.id === meId;
  const canDecide = permissions.includes('product:approve');
  const canCancel = permissions.includes('product:write') && own;

  const close = () => {
    setDeciding(null);
    setGeneral([]);
    form.resetFields();
  };
  const decide = async () => {
    const { note } = await form.validateFields();
    const text = (note ?? '').trim();
    const result = deciding === 'approve' ? await approve({ id: request.id, note: text || null }) : await reject({ id: request.id, note: text });
    if (result.error) {
      setGeneral([describeError(result.error, t).message]);
      return;
    }
    const data = result.data as Record<string, { errors: { field?: string | null; code: string; message: string }[] } | undefined> | undefined;
    const payload = data?.productChangeRequestApprove ?? data?.productChangeRequestReject;
    if (payload?.errors.length) {
      setGeneral(payload.errors.map((e) => userErrorMessage(e, locale, tr)));
      return;
    }
    message.success(t(deciding === 'approve' ? 'product.cr.approved' : 'product.cr.rejected'));
    close();
    onDone();
  };
  const withdraw = () =>
    modal.confirm({
      title: t('product.cr.cancel'),
      content: request.reason,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const result = await cancel({ id: request.id });
        const errors = result.data?.productChangeRequestCancel.errors ?? [];
        if (result.error) message.error(describeError(result.error, t).message);
        else if (errors.length) message.error(errors.map((e) => userErrorMessage(e, locale, tr)).join('；'));
        else {
          message.success(t('product.cr.cancelled'));
          onDone();
        }
      },
    });

  return (
    <>
      <Space>
        {canDecide && (
          <>
            <Tooltip title={own ? t('product.cr.ownRequest') : undefined}>
              <Button size="small" type="primary" disabled={own} onClick={() => setDeciding('approve')} data-testid={`cr-approve-${request.id}`}>
                {t('product.cr.approve')}
              </Button>
            </Tooltip>
            <Tooltip title={own ? t('product.cr.ownRequest') : undefined}>
              <Button size="small" danger disabled={own} onClick={() => setDeciding('reject')} data-testid={`cr-reject-${request.id}`}>
                {t('product.cr.reject')}
              </Button>
            </Tooltip>
          </>
        )}
        {canCancel && (
          <Button size="small" onClick={withdraw} data-testid={`cr-cancel-${request.id}`}>
            {t('product.cr.cancel')}
          </Button>
        )}
      </Space>
      <Modal
        open={!!deciding}
        title={deciding ? t(deciding === 'approve' ? 'product.cr.approve' : 'product.cr.reject') : ''}
        onCancel={close}
        destroyOnHidden
        footer={<ModalFooter onCancel={close} onOk={decide} okText={t('common.confirm')} loading={approveState.fetching || rejectState.fetching} testId="cr-decision-confirm" />}
      >
        <MessagesAlert messages={general} />
        <Typography.Paragraph>{request.reason}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="cr-decision">
          <Form.Item
            name="note"
            label={t('product.cr.note')}
            rules={deciding === 'reject' ? [{ required: true, whitespace: true, message: t('product.cr.noteRequired') }] : []}
          >
            <Input.TextArea rows={3} data-testid="cr-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The proposed terms of a change request, read when its row is opened. */
function ProposedTerms({ requestId, currency }: { requestId: string; currency: string }) {
  const [result, reexecute] = useQuery({ query: changeRequestTermsQuery, variables: { id: requestId } });
  const node = result.data?.node;
  if (result.error && !node) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const terms = node && 'terms' in node ? node.terms : null;
  return <TermsView terms={terms ?? null} currency={currency} />;
}

function ChangeRequestDetail({ request, currency }: { request: ChangeRequestRow; currency: string }) {
  const { t } = useI18n();
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'decidedBy', label: t('product.cr.decidedBy'), children: request.decidedBy?.displayName ?? '—' },
          { key: 'decidedAt', label: t('product.cr.decidedAt'), children: formatDateTime(request.decidedAt) },
          { key: 'note', label: t('product.cr.note'), children: request.decisionNote || '—', span: 2 },
        ]}
      />
      {request.terms && (
        <>
          <Typography.Title level={5}>{t('product.cr.proposedTerms')}</Typography.Title>
          <ProposedTerms requestId={request.id} currency={currency} />
        </>
      )}
      {request.changes != null && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('product.cr.changes')}
          </Typography.Title>
          <JsonBlock value={request.changes} empty="—" />
        </>
      )}
      {request.document != null && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('product.cr.document')}
          </Typography.Title>
          <JsonBlock value={request.document} empty="—" />
        </>
      )}
    </div>
  );
}

/** Change requests as a table; with `showProduct` each row links to its product (the queue). */
export function ChangeRequestTable({
  requests,
  permissions,
  meId,
  currency,
  showProduct = false,
  loading,
  onChanged,
}: {
  requests: readonly ChangeRequestRow[];
  permissions: readonly string[];
  meId?: string;
  currency?: string;
  showProduct?: boolean;
  loading?: boolean;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<ChangeRequestRow> = [
    ...(showProduct
      ? [
          {
            title: t('product.cr.product'),
            key: 'product',
            render: (_: unknown, r: ChangeRequestRow) =>
              r.product ? (
                <Link to={`/products/${encodeURIComponent(r.product.id)}`}>
                  <Typography.Text code>{r.product.code}</Typography.Text> {locale === 'zh-CN' ? r.product.nameZh : r.product.nameEn}
                </Link>
              ) : (
                '—'
              ),
          },
        ]
      : []),
    { title: t('product.cr.status'), dataIndex: 'status', key: 'status', render: (s: ChangeRequestStatus) => <ChangeRequestStatusTag status={s} /> },
    { title: t('product.cr.reason'), dataIndex: 'reason', key: 'reason' },
    { title: t('product.cr.effectiveDate'), dataIndex: 'effectiveDate', key: 'effectiveDate' },
    { title: t('product.cr.requestedBy'), key: 'requestedBy', render: (_: unknown, r) => r.requestedBy?.displayName ?? '—' },
    { title: t('product.cr.requestedAt'), dataIndex: 'requestedAt', key: 'requestedAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, r) => <ChangeRequestDecisionButtons request={r} permissions={permissions} meId={meId} onDone={onChanged} />,
    },
  ];
  return (
    <Table<ChangeRequestRow>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={[...requests]}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('product.cr.empty') }}
      expandable={{ expandedRowRender: (r) => <ChangeRequestDetail request={r} currency={currency ?? 'CNY'} /> }}
      data-testid="cr-table"
    />
  );
}
