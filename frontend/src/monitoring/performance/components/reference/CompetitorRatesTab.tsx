import { useMemo, useState } from 'react';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { CursorPager } from '../../../../components/CursorPager';
import { ErrorAlert, MessagesAlert } from '../../../../components/ErrorAlert';
import { ModalFooter } from '../../../../components/ModalFooter';
import { useCursorPaging } from '../../../../components/paging';
import { useDebounced } from '../../../../customers/useDebounced';
import type { CompetitorRateFilter, CompetitorRateListQuery, ProductFamily, ProductSubtype } from '../../../../gql/graphql';
import { FAMILIES, SUBTYPES } from '../../../../products/enums';
import { formatRate4 } from '../../format';
import { competitorRateCreateMutation, competitorRateDeleteMutation, competitorRateUpdateMutation } from '../../mutations';
import { shanghaiToday } from '../../period';
import { competitorRateListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { COMPETITOR_MAX, maxLengthRule, normaliseDecimal, rateRules, requiredRule, SOURCE_MAX, TERM_MONTHS_MAX, termRules } from '../../validation';
import { dateItemProps, DeleteAction, useCanWriteReference, useSettle, type Settled } from './shared';

type CompetitorRow = CompetitorRateListQuery['competitorRates']['edges'][number]['node'];

interface CompetitorValues {
  competitor: string;
  family: ProductFamily;
  subtype: ProductSubtype;
  termMonths?: number | null;
  rate: string;
  observedOn: string;
  source?: string;
}

export const COMPETITOR_FIELDS = ['competitor', 'family', 'subtype', 'termMonths', 'rate', 'observedOn', 'source'] as const;

/** Record a competitor's published rate (`entry` absent) or change one. */
function CompetitorFormModal({ entry, open, onClose, onSaved }: { entry?: CompetitorRow; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, tr } = usePerformanceI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CompetitorValues>();
  const family = Form.useWatch('family', form);
  const [general, setGeneral] = useState<string[]>([]);
  const [createState, create] = useMutation(competitorRateCreateMutation);
  const [updateState, update] = useMutation(competitorRateUpdateMutation);
  const settle = useSettle(form, COMPETITOR_FIELDS);
  const today = useMemo(() => shanghaiToday(), []);

  const onFinish = async (values: CompetitorValues) => {
    setGeneral([]);
    const input = {
      competitor: values.competitor.trim(),
      family: values.family,
      subtype: values.subtype,
      termMonths: values.termMonths ?? null,
      rate: normaliseDecimal(values.rate),
      observedOn: values.observedOn,
      source: (values.source ?? '').trim(),
    };
    let settled: Settled;
    if (entry) {
      const outcome = await update({ id: entry.id, input });
      settled = settle(outcome, outcome.data?.competitorRateUpdate.errors);
    } else {
      const outcome = await create({ input });
      settled = settle(outcome, outcome.data?.competitorRateCreate.errors);
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
      title={t(entry ? 'reference.competitor.edit' : 'reference.competitor.create')}
      onCancel={onClose}
      destroyOnHidden
      data-testid="competitor-form-modal"
      footer={
        <ModalFooter
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={t('common.save')}
          loading={createState.fetching || updateState.fetching}
          testId="competitor-form-submit"
        />
      }
    >
      <MessagesAlert messages={general} />
      <Form<CompetitorValues>
        form={form}
        layout="vertical"
        name="competitor-form"
        preserve={false}
        onFinish={onFinish}
        onValuesChange={(changed: Partial<CompetitorValues>) => {
          // A subtype belongs to one family: a new family clears one that does not fit.
          if (changed.family && !SUBTYPES[changed.family].includes(form.getFieldValue('subtype'))) {
            form.setFieldValue('subtype', undefined);
          }
        }}
        initialValues={
          entry
            ? {
                competitor: entry.competitor,
                family: entry.family,
                subtype: entry.subtype,
                termMonths: entry.termMonths,
                rate: entry.rate,
                observedOn: entry.observedOn,
                source: entry.source,
              }
            : { family: 'DEPOSIT', observedOn: today }
        }
      >
        <Form.Item
          label={t('reference.competitor.competitor')}
          name="competitor"
          rules={[{ ...requiredRule(t), whitespace: true }, maxLengthRule(t, COMPETITOR_MAX)]}
        >
          <Input data-testid="competitor-form-competitor" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label={t('reference.competitor.family')} name="family" rules={[requiredRule(t)]}>
              <Select options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))} data-testid="competitor-form-family" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('reference.competitor.subtype')} name="subtype" rules={[requiredRule(t)]}>
              <Select
                options={(family ? SUBTYPES[family] : []).map((s) => ({ value: s, label: tr(`product.subtype.${s}`, s) }))}
                data-testid="competitor-form-subtype"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('reference.competitor.termMonths')} name="termMonths" rules={termRules(t)} extra={t('reference.competitor.noTerm')}>
          <InputNumber min={1} max={TERM_MONTHS_MAX} precision={0} style={{ width: '100%' }} data-testid="competitor-form-term" />
        </Form.Item>
        <Form.Item label={t('reference.competitor.rate')} name="rate" rules={rateRules(t)}>
          <Input inputMode="decimal" autoComplete="off" suffix="%" data-testid="competitor-form-rate" />
        </Form.Item>
        <Form.Item
          label={t('reference.competitor.observedOn')}
          name="observedOn"
          rules={[
            requiredRule(t),
            {
              validator: async (_, value: string | undefined) => {
                if (value && value > today) throw new Error(t('performance.validation.future'));
              },
            },
          ]}
          {...dateItemProps}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.format('YYYY-MM-DD') > today} data-testid="competitor-form-observed-on" />
        </Form.Item>
        <Form.Item label={t('reference.competitor.source')} name="source" rules={[maxLengthRule(t, SOURCE_MAX)]}>
          <Input data-testid="competitor-form-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The competitor rates tab: by family, subtype and competitor, latest observation first. */
export function CompetitorRatesTab() {
  const { t, tr } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const paging = useCursorPaging();
  const [family, setFamily] = useState<ProductFamily | null>(null);
  const [subtype, setSubtype] = useState<ProductSubtype | null>(null);
  const [text, setText] = useState('');
  const competitor = useDebounced(text.trim(), 300);
  const [editing, setEditing] = useState<CompetitorRow | 'new' | null>(null);
  const [, remove] = useMutation(competitorRateDeleteMutation);
  const filter = useMemo<CompetitorRateFilter>(() => ({ family, subtype, competitor: competitor || null }), [family, subtype, competitor]);
  const [result, reexecute] = useQuery({ query: competitorRateListQuery, variables: { ...paging.variables, filter } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.competitorRates;

  const columns: TableColumnsType<CompetitorRow> = [
    { title: t('reference.competitor.competitor'), dataIndex: 'competitor', key: 'competitor' },
    { title: t('reference.competitor.family'), key: 'family', render: (_, row) => tr(`product.family.${row.family}`, row.family) },
    { title: t('reference.competitor.subtype'), key: 'subtype', render: (_, row) => tr(`product.subtype.${row.subtype}`, row.subtype) },
    {
      title: t('reference.competitor.termMonths'),
      key: 'termMonths',
      render: (_, row) => (row.termMonths ? t('reference.competitor.months', { count: row.termMonths }) : t('reference.competitor.noTerm')),
    },
    { title: t('reference.competitor.rate'), key: 'rate', align: 'right', render: (_, row) => formatRate4(row.rate) },
    { title: t('reference.competitor.observedOn'), dataIndex: 'observedOn', key: 'observedOn' },
    { title: t('reference.competitor.source'), dataIndex: 'source', key: 'source', ellipsis: true },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`competitor-edit-${row.id}`}>
            {t('common.edit')}
          </Button>
          <DeleteAction
            testId={`competitor-delete-${row.id}`}
            onDelete={async () => {
              const outcome = await remove({ id: row.id });
              return { error: outcome.error, errors: outcome.data?.competitorRateDelete.errors };
            }}
            onDeleted={refetch}
          />
        </Space>
      ),
    });
  }

  return (
    <div data-testid="reference-competitor-rates">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Select<ProductFamily | 'ALL'>
            value={family ?? 'ALL'}
            onChange={(value) => {
              setFamily(value === 'ALL' ? null : value);
              setSubtype(null);
              paging.first();
            }}
            style={{ width: 150 }}
            aria-label={t('reference.competitor.family')}
            options={[
              { value: 'ALL', label: t('performance.familyAll') },
              ...FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) })),
            ]}
          />
          <Select<ProductSubtype | 'ALL'>
            value={subtype ?? 'ALL'}
            onChange={(value) => {
              setSubtype(value === 'ALL' ? null : value);
              paging.first();
            }}
            style={{ width: 170 }}
            aria-label={t('reference.competitor.subtype')}
            options={[
              { value: 'ALL', label: t('common.all') },
              ...(family ? SUBTYPES[family] : FAMILIES.flatMap((f) => SUBTYPES[f])).map((s) => ({
                value: s,
                label: tr(`product.subtype.${s}`, s),
              })),
            ]}
          />
          <Input.Search
            allowClear
            placeholder={t('reference.competitor.search')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              paging.first();
            }}
            style={{ width: 220 }}
          />
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="competitor-create">
              {t('reference.competitor.create')}
            </Button>
          )}
        </Space>
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<CompetitorRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="competitor-table"
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
        <CompetitorFormModal
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
