import { useState, type ReactNode } from 'react';
import { Button, Card, Empty, Form, Space, Spin, Statistic, Table, type FormInstance } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useClient, type AnyVariables } from 'urql';
import type { CalculatorDraftInput } from '../../gql/graphql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { applyCalculatorErrors, calculatorProblems } from '../calculator';
import { formatMoney } from '../format';

/** What a calculator works on: a stored product, or an unsaved draft (the wizard's review). */
export interface CalculatorSource {
  productId?: string | null;
  draft?: CalculatorDraftInput | null;
}

/** The query variables naming the source (exactly one of the two is sent). */
export function sourceVariables({ productId, draft }: CalculatorSource): { productId: string | null; draft: CalculatorDraftInput | null } {
  return draft ? { productId: null, draft } : { productId: productId ?? null, draft: null };
}

export interface Calculation<TData, TVariables> {
  fetching: boolean;
  data: TData | null;
  general: string[];
  run: (variables: TVariables) => Promise<void>;
}

/**
 * Run a calculator query on demand (never cached: terms change), putting a typed refusal on the
 * form fields it names (`shown`: the paths the form shows) and anything else above the form.
 */
export function useCalculation<TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  form: FormInstance,
  shown: readonly string[],
): Calculation<TData, TVariables> {
  const client = useClient();
  const { t, tr, locale } = useI18n();
  const [fetching, setFetching] = useState(false);
  const [data, setData] = useState<TData | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const run = async (variables: TVariables) => {
    setFetching(true);
    setGeneral([]);
    const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
    setFetching(false);
    if (result.error) {
      setData(null);
      const problems = calculatorProblems(result.error);
      if (problems) {
        setGeneral(applyCalculatorErrors(form, problems, (p) => userErrorMessage(p, locale, tr), shown));
      } else {
        const problem = describeError(result.error, t);
        setGeneral([problem.correlationId ? `${problem.message} (${problem.correlationId})` : problem.message]);
      }
      return;
    }
    setData(result.data ?? null);
  };
  return { fetching, data, general, run };
}

/** The form of a calculator over its result: loading, the empty state and refusals included. */
export function CalculatorFrame<TValues extends object>({
  form,
  initialValues,
  onCalculate,
  calculation,
  fields,
  result,
  testId,
}: {
  form: FormInstance<TValues>;
  initialValues: Partial<TValues>;
  onCalculate: (values: TValues) => void;
  calculation: { fetching: boolean; general: string[]; data: unknown };
  fields: ReactNode;
  result: ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    onCalculate(form.getFieldsValue(true) as TValues);
  };
  return (
    <div data-testid={testId}>
        <MessagesAlert messages={calculation.general} />
        {/* a div, not a form: the calculator also sits inside the product wizard's form */}
        <Form<TValues> form={form} layout="vertical" initialValues={initialValues} name={testId} component="div">
          {fields}
          <Button
            type="primary"
            icon={<CalculatorOutlined />}
            onClick={submit}
            loading={calculation.fetching}
            data-testid={`${testId}-run`}
          >
            {t('calc.run')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }} data-testid={`${testId}-result`}>
          <Spin spinning={calculation.fetching}>
            {calculation.data ? result : <Empty description={t('calc.empty')} data-testid={`${testId}-empty`} />}
          </Spin>
        </div>
    </div>
  );
}

/** A headline figure; `strong` for the ones a customer must see first (年化利率). */
export function Figure({ title, value, strong, testId }: { title: ReactNode; value: string; strong?: boolean; testId: string }) {
  return (
    <Statistic
      title={title}
      value={value}
      styles={{ content: strong ? { color: '#cf1322', fontWeight: 600, fontSize: 28 } : { fontSize: 20 } }}
      data-testid={testId}
    />
  );
}

/** Figures in a wrapping row of cards. */
export function Figures({ children }: { children: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space size={[40, 12]} wrap align="start">
        {children}
      </Space>
    </Card>
  );
}

interface Row {
  period: number;
  dueOn?: string | null;
  payment: string;
  principal: string;
  interest: string;
  fee: string;
  prepayment: string;
  balance: string;
}

/** The instalments of a loan or a card plan, to the cent as returned, paged by the year. */
export function InstalmentTable({ rows, testId }: { rows: readonly Row[]; testId: string }) {
  const { t } = useI18n();
  const [pageSize, setPageSize] = useState(12);
  const money = (value: string) => formatMoney(value);
  const prepaid = rows.some((row) => Number(row.prepayment) !== 0);
  return (
    <div data-testid={testId}>
      <Table<Row>
        size="small"
        rowKey={(row) => `${row.period}-${row.prepayment}`}
        dataSource={[...rows]}
        scroll={{ x: 760 }}
        pagination={{
          pageSize,
          showSizeChanger: true,
          pageSizeOptions: [12, 24, 60, 120],
          onShowSizeChange: (_, size) => setPageSize(size),
          showTotal: (total) => t('common.total', { total }),
          hideOnSinglePage: false,
        }}
        columns={[
          { key: 'period', title: t('calc.col.period'), dataIndex: 'period', width: 70 },
          { key: 'dueOn', title: t('calc.col.dueOn'), dataIndex: 'dueOn', render: (v: string | null) => v ?? '—' },
          { key: 'payment', title: t('calc.col.payment'), dataIndex: 'payment', align: 'right', render: money },
          { key: 'principal', title: t('calc.col.principal'), dataIndex: 'principal', align: 'right', render: money },
          { key: 'interest', title: t('calc.col.interest'), dataIndex: 'interest', align: 'right', render: money },
          { key: 'fee', title: t('calc.col.fee'), dataIndex: 'fee', align: 'right', render: money },
          ...(prepaid
            ? [{ key: 'prepayment', title: t('calc.col.prepayment'), dataIndex: 'prepayment', align: 'right' as const, render: money }]
            : []),
          { key: 'balance', title: t('calc.col.balance'), dataIndex: 'balance', align: 'right', render: money },
        ]}
      />
    </div>
  );
}
