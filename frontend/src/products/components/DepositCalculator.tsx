import { Alert, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Switch, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ConditionType, CustomerType, TermUnit } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import {
  amountProblem,
  bundleCodes,
  maxOf,
  neededCircumstances,
  toCircumstancesInput,
  type Circumstance,
  type CircumstanceValues,
} from '../calculator';
import { depositInterestQuery } from '../calculatorQueries';
import { formatMoney, formatRate } from '../format';
import { type CalculatorSource, sourceVariables, CalculatorFrame, Figure, Figures, useCalculation } from './CalculatorParts';
import { DecimalInput } from './fields';

export interface DepositCalculatorTerms {
  term?: { min: number; max: number; multiple: number; unit: TermUnit } | null;
  offeredTerms: number[];
  minimumDeposit: string;
  bonusRates: { name: string; rate: string; conditions: { type: ConditionType; bundleCode?: string | null }[] }[];
}

interface DepositValues {
  amount?: string;
  termMonths?: number;
  days?: number;
  noticeDays?: number;
  startOn?: Dayjs | null;
  withdrawnOn?: Dayjs | null;
  circumstances?: CircumstanceValues;
}

const NUMBER_CIRCUMSTANCES: Circumstance[] = ['depositsAMonth', 'transactionsAMonth', 'transactionsAYear', 'age', 'monthsSinceOpening'];

/** 存款试算: what a deposit product pays on an amount, band by band, with the bonuses that apply. */
export function DepositCalculator({
  productId,
  draft,
  subtype,
  terms,
  currency,
  minAmount,
  maxAmount,
}: CalculatorSource & {
  subtype: string;
  terms: DepositCalculatorTerms;
  currency: string;
  minAmount?: string | null;
  maxAmount?: string | null;
}) {
  const { t, tr } = useI18n();
  const [form] = Form.useForm<DepositValues>();
  const notice = subtype === 'NOTICE';
  // A time deposit has a term; demand and notice deposits earn over the days held.
  const timed = !!terms.term && !notice;
  const inDays = terms.term?.unit === 'DAY';
  const termField = inDays ? 'days' : 'termMonths';
  const asked = neededCircumstances(terms.bonusRates);
  const bundles = bundleCodes(terms.bonusRates);
  const shown = [
    'amount',
    'startOn',
    'withdrawnOn',
    ...(timed ? [termField] : ['days']),
    ...(notice ? ['noticeDays'] : []),
    ...asked.map((c) => `circumstances.${c}`),
  ];
  const calculation = useCalculation(depositInterestQuery, form, shown);
  const data = calculation.data?.depositInterest;
  const min = maxOf(terms.minimumDeposit, minAmount);
  const unitLabel = (n: number) => (inDays ? t('calc.days', { n }) : t('calc.months', { n }));

  const calculate = (values: DepositValues) => {
    void calculation.run({
      ...sourceVariables({ productId, draft }),
      amount: String(values.amount).trim(),
      termMonths: timed && !inDays ? (values.termMonths ?? null) : null,
      days: timed ? (inDays ? (values.days ?? null) : null) : values.withdrawnOn ? null : (values.days ?? null),
      noticeDays: notice ? (values.noticeDays ?? null) : null,
      startOn: values.startOn ? values.startOn.format('YYYY-MM-DD') : null,
      withdrawnOn: values.withdrawnOn ? values.withdrawnOn.format('YYYY-MM-DD') : null,
      circumstances: toCircumstancesInput(asked, values.circumstances),
    });
  };

  const circumstance = (name: Circumstance) => {
    const label = t(`calc.c.${name}`);
    const common = { key: name, name: ['circumstances', name], label };
    if (name === 'newMoney' || name === 'payrollDeposit') {
      return (
        <Col xs={24} md={8} key={name}>
          <Form.Item {...common} valuePropName="checked">
            <Switch data-testid={`calc-deposit-${name}`} />
          </Form.Item>
        </Col>
      );
    }
    if (name === 'customerType') {
      return (
        <Col xs={24} md={8} key={name}>
          <Form.Item {...common}>
            <Select<CustomerType>
              allowClear
              data-testid="calc-deposit-customerType"
              options={(['INDIVIDUAL', 'CORPORATE'] as const).map((c) => ({ value: c, label: tr(`product.customerType.${c}`, c) }))}
            />
          </Form.Item>
        </Col>
      );
    }
    if (name === 'bundleCodes') {
      return (
        <Col xs={24} md={8} key={name}>
          <Form.Item {...common}>
            <Select mode="tags" data-testid="calc-deposit-bundleCodes" options={bundles.map((b) => ({ value: b, label: b }))} />
          </Form.Item>
        </Col>
      );
    }
    if (name === 'spendAYear') {
      return (
        <Col xs={24} md={8} key={name}>
          <Form.Item {...common}>
            <DecimalInput min="0" data-testid="calc-deposit-spendAYear" />
          </Form.Item>
        </Col>
      );
    }
    return NUMBER_CIRCUMSTANCES.includes(name) ? (
      <Col xs={24} md={8} key={name}>
        <Form.Item {...common} rules={[{ type: 'number', min: 0, message: t('calc.v.nonNegative') }]}>
          <InputNumber precision={0} min={0} style={{ width: '100%' }} data-testid={`calc-deposit-${name}`} />
        </Form.Item>
      </Col>
    ) : null;
  };

  const fields = (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="amount"
            label={t('calc.amount', { currency })}
            extra={
              maxAmount
                ? t('calc.amountRange', { min: formatMoney(min), max: formatMoney(maxAmount) })
                : t('calc.amountFrom', { min: formatMoney(min) })
            }
            rules={[
              {
                validator: (_, value) => {
                  const problem = amountProblem(value, min, maxAmount);
                  return problem
                    ? Promise.reject(new Error(t(problem.key, { ...problem.params, min: formatMoney(min), max: formatMoney(maxAmount) })))
                    : Promise.resolve();
                },
              },
            ]}
          >
            <DecimalInput min="0" data-testid="calc-deposit-amount" />
          </Form.Item>
        </Col>
        {timed && (
          <Col xs={24} md={8}>
            {/* named after the term's unit, as the API names its refusals */}
            <Form.Item name={termField} label={inDays ? t('calc.termDays') : t('calc.termMonths')} rules={[{ required: true, message: t('calc.v.termRequired') }]}>
              <Select
                data-testid="calc-deposit-term"
                options={terms.offeredTerms.map((n) => ({ value: n, label: unitLabel(n) }))}
                notFoundContent={t('calc.noTermsOffered')}
              />
            </Form.Item>
          </Col>
        )}
        {notice && (
          <Col xs={24} md={8}>
            <Form.Item name="noticeDays" label={t('calc.noticeDays')} rules={[{ required: terms.offeredTerms.length > 1, message: t('calc.v.noticeRequired') }]}>
              <Select
                data-testid="calc-deposit-notice"
                options={terms.offeredTerms.map((n) => ({ value: n, label: t('calc.days', { n }) }))}
              />
            </Form.Item>
          </Col>
        )}
        {!timed && (
          <Col xs={24} md={8}>
            <Form.Item
              name="days"
              label={t('calc.daysHeld')}
              dependencies={['withdrawnOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    value || getFieldValue('withdrawnOn') ? Promise.resolve() : Promise.reject(new Error(t('calc.v.daysRequired'))),
                }),
                { type: 'number', min: 1, max: 3650, message: t('calc.v.daysRange') },
              ]}
            >
              <InputNumber precision={0} min={1} max={3650} style={{ width: '100%' }} data-testid="calc-deposit-days" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="startOn" label={t('calc.startOn')} extra={t('calc.todayByDefault')}>
            <DatePicker style={{ width: '100%' }} data-testid="calc-deposit-start" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="withdrawnOn"
            label={timed ? t('calc.earlyWithdrawal') : t('calc.withdrawnOn')}
            extra={timed ? t('calc.earlyWithdrawalHint') : undefined}
            dependencies={['startOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const start = getFieldValue('startOn') as Dayjs | null;
                  return value && start && value.isBefore(start, 'day')
                    ? Promise.reject(new Error(t('calc.v.withdrawalBeforeStart')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="calc-deposit-withdrawn" />
          </Form.Item>
        </Col>
      </Row>
      {asked.length > 0 && (
        <>
          <Typography.Text strong>{t('calc.circumstances')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('calc.circumstancesHint')}
          </Typography.Paragraph>
          <Row gutter={16}>{asked.map(circumstance)}</Row>
        </>
      )}
    </>
  );

  const band = (lower: string, upper: string | null | undefined) =>
    upper ? `${formatMoney(lower)} – ${formatMoney(upper)}` : t('calc.bandFrom', { lower: formatMoney(lower) });

  const result = data && (
    <>
      {data.early && <Alert type="warning" showIcon title={t('calc.earlyApplied')} style={{ marginBottom: 12 }} data-testid="calc-deposit-early" />}
      <Figures>
        <Figure strong title={t('calc.totalInterest')} value={formatMoney(data.totalInterest, currency)} testId="calc-deposit-total" />
        <Figure title={t('calc.effectiveRate')} value={formatRate(data.effectiveRate)} testId="calc-deposit-effective-rate" />
        <Figure title={t('calc.baseInterest')} value={formatMoney(data.baseInterest, currency)} testId="calc-deposit-base" />
      </Figures>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 4 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'start', label: t('calc.startOn'), children: data.startOn },
          { key: 'maturity', label: t('calc.maturityOn'), children: <span data-testid="calc-deposit-maturity">{data.maturityOn ?? '—'}</span> },
          { key: 'end', label: t('calc.endOn'), children: data.endOn },
          { key: 'days', label: t('calc.daysCounted'), children: `${data.days} · ${t(`calc.dayCount.${data.dayCount}`)}` },
        ]}
      />
      <Typography.Title level={5}>{t('calc.bands')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => `${row.lower}-${row.upper ?? ''}-${row.rate}`}
        dataSource={data.bands}
        data-testid="calc-deposit-bands"
        columns={[
          { key: 'band', title: t('calc.col.band'), render: (_, row) => band(row.lower, row.upper) },
          { key: 'amount', title: t('calc.col.amountInBand'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
          { key: 'rate', title: t('calc.col.rate'), dataIndex: 'rate', align: 'right', render: (v: string) => formatRate(v) },
          { key: 'interest', title: t('calc.col.interest'), dataIndex: 'interest', align: 'right', render: (v: string) => formatMoney(v) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('calc.bonuses')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={data.bonuses}
        locale={{ emptyText: t('calc.noBonus') }}
        data-testid="calc-deposit-bonuses"
        columns={[
          { key: 'name', title: t('calc.col.bonus'), dataIndex: 'name' },
          { key: 'rate', title: t('calc.col.rate'), dataIndex: 'rate', align: 'right', render: (v: string) => `+${formatRate(v)}` },
          { key: 'interest', title: t('calc.col.interest'), dataIndex: 'interest', align: 'right', render: (v: string) => formatMoney(v) },
        ]}
      />
    </>
  );

  return (
    <CalculatorFrame<DepositValues>
      form={form}
      testId="calc-deposit"
      initialValues={{
        amount: min ?? undefined,
        [termField]: timed && terms.offeredTerms.length ? terms.offeredTerms[0] : undefined,
        noticeDays: notice && terms.offeredTerms.length ? terms.offeredTerms[0] : undefined,
        circumstances: { newMoney: false, payrollDeposit: false, bundleCodes: [] },
      }}
      onCalculate={calculate}
      calculation={calculation}
      fields={fields}
      result={result}
    />
  );
}
