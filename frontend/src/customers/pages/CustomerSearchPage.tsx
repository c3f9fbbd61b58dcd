import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCursorPaging } from '../../components/paging';
import type { CustomerFilter, CustomerType, RiskTolerance } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { CustomerTable } from '../components/CustomerTable';
import { needsSearchReason, PiiSearchReasonModal, withSearchReason } from '../components/PiiSearchReason';
import { useCustomerEnumOptions } from '../components/tags';
import { CUSTOMER_TYPES, RISK_TOLERANCES } from '../enums';
import { downloadExportFile } from '../../monitoring/performance/download';
import { customerExportMutation } from '../mutations';
import { customerListQuery, segmentOptionsQuery } from '../queries';

export interface CustomerFilterValues {
  text?: string;
  idNumber?: string;
  phone?: string;
  customerType?: CustomerType;
  riskTolerance?: RiskTolerance;
  province?: string;
  segmentId?: string;
}

/** Exact-match identifiers: the server looks them up through a blind index, so no partial match. */
export const ID_NUMBER_PATTERN = /^[0-9A-Za-z]{6,30}$/;
export const PHONE_PATTERN = /^\+?[0-9]{7,15}$/;

/** The filter form as the API's CustomerFilter; blank fields mean "any". */
export function toCustomerFilter(values: CustomerFilterValues): CustomerFilter {
  const text = (v: string | undefined) => v?.trim() || undefined;
  return {
    text: text(values.text),
    idNumber: text(values.idNumber)?.toUpperCase(),
    phone: text(values.phone)?.replace(/[\s-]/g, ''),
    customerType: values.customerType,
    riskTolerance: values.riskTolerance,
    province: text(values.province),
    segmentId: values.segmentId,
  };
}

/** /customers — search with filters, a paged table of masked customers. */
export function CustomerSearchPage() {
  const { t } = useI18n();
  const options = useCustomerEnumOptions();
  const [form] = Form.useForm<CustomerFilterValues>();
  const paging = useCursorPaging();
  const [filter, setFilter] = useState<CustomerFilter>({});
  const variables = useMemo(() => ({ ...paging.variables, filter }), [paging.variables, filter]);
  const [result, reexecute] = useQuery({ query: customerListQuery, variables });
  const [segments] = useQuery({ query: segmentOptionsQuery });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.customers;
  const { message } = App.useApp();
  const [exporting, runExport] = useMutation(customerExportMutation);

  // The export is on the record: every customer in the file is logged as exported by the user.
  const exportCsv = async () => {
    const answer = await runExport({ filter, format: 'CSV' });
    if (answer.error) {
      message.error(describeError(answer.error, t).message);
      return;
    }
    const payload = answer.data?.customerExport;
    if (payload?.errors.length) {
      message.error(payload.errors[0].message);
    } else if (payload?.file) {
      downloadExportFile(payload.file);
      message.success(t('customer.search.exported', { count: String(payload.count) }));
    }
  };

  // A search by exact phone or ID number is audited like a reveal: ask why before sending it.
  const [pending, setPending] = useState<CustomerFilter | null>(null);
  const applyFilter = (values: CustomerFilterValues) => {
    const next = toCustomerFilter(values);
    if (needsSearchReason(next)) {
      setPending(next);
      return;
    }
    setFilter(next);
    paging.first();
  };
  const confirmReason = (reason: string) => {
    if (pending) setFilter(withSearchReason(pending, reason));
    setPending(null);
    paging.first();
  };

  return (
    <Card
      title={t('customer.search.title')}
      data-testid="customers-page"
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={exportCsv} loading={exporting.fetching} data-testid="customer-export">
            {t('customer.search.export')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
        </Space>
      }
    >
      <Form<CustomerFilterValues> form={form} layout="inline" onFinish={applyFilter} style={{ marginBottom: 16, rowGap: 8 }} name="customer-filter">
        <Form.Item name="text">
          <Input allowClear placeholder={t('customer.search.textPlaceholder')} style={{ width: 200 }} data-testid="customer-filter-text" />
        </Form.Item>
        <Form.Item name="idNumber" rules={[{ pattern: ID_NUMBER_PATTERN, message: t('customer.search.idNumberInvalid') }]}>
          <Input allowClear placeholder={t('customer.search.idNumberPlaceholder')} style={{ width: 200 }} data-testid="customer-filter-id" />
        </Form.Item>
        <Form.Item name="phone" rules={[{ pattern: PHONE_PATTERN, message: t('customer.search.phoneInvalid') }]}>
          <Input allowClear placeholder={t('customer.search.phonePlaceholder')} style={{ width: 180 }} data-testid="customer-filter-phone" />
        </Form.Item>
        <Form.Item name="customerType">
          <Select allowClear placeholder={t('customer.field.customerType')} style={{ width: 120 }} options={options('type', CUSTOMER_TYPES)} />
        </Form.Item>
        <Form.Item name="riskTolerance">
          <Select
            allowClear
            placeholder={t('customer.field.riskTolerance')}
            style={{ width: 140 }}
            options={RISK_TOLERANCES.map((r) => ({ value: r, label: r }))}
          />
        </Form.Item>
        <Form.Item name="province">
          <Input allowClear placeholder={t('customer.field.province')} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="segmentId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('customer.search.segment')}
            style={{ width: 180 }}
            loading={segments.fetching}
            options={segments.data?.segments.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
            data-testid="customer-filter-segment"
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="customer-filter-submit">
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
      <PiiSearchReasonModal open={pending !== null} onCancel={() => setPending(null)} onConfirm={confirmReason} />
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <CustomerTable
        rows={connection?.edges.map((e) => e.node) ?? []}
        loading={result.fetching}
        testId="customers-table"
        emptyText={t('customer.search.empty')}
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
