import { Col, DatePicker, Form, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PrepaymentMode, RepaymentMethod } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { amountProblem, hasLtvBands, hasPricedRange, rateRange } from '../calculator';
import { loanScheduleQuery } from '../calculatorQueries';
import { formatMoney, formatRate, formatRateRange } from '../format';
import { type CalculatorSource, sourceVariables, CalculatorFrame, Figure, Figures, InstalmentTable, useCalculation } from './CalculatorParts';
import { DecimalInput, RateInput } from './fields';

export interface LoanCalculatorTerms {
  rateType: string;
  amountMin: string;
  amountMax: string;
  amountDefault: string;
  termMonthsMin: number;
  termMonthsMax: number;
  termMonthsDefault: number;
  repaymentMethods: RepaymentMethod[];
  collateralRequired: boolean;
  maxLtv?: string | null;
  rateTiers: { bands: { unit: string }[]; rate?: string | null; rateMax?: string | null; spreadBps?: number | null; spreadBpsMax?: number | null }[];
}

interface LoanValues {
  amount?: string;
  termMonths?: number;
  method?: RepaymentMethod;
  rate?: string | null;
  ltv?: string | null;
  drawnOn?: Dayjs | null;
  prepay?: boolean;
  prepayment?: { afterPeriod?: number; amount?: string; mode?: PrepaymentMode };
}

const SHOWN = ['amount', 'termMonths', 'method', 'rate', 'ltv', 'drawnOn', 'prepayment.afterPeriod', 'prepayment.amount', 'prepayment.mode'];

/** 贷款试算: the schedule of a loan product for an amount, term and method, with its APR. */
export function LoanCalculator({ productId, draft, terms, currency }: CalculatorSource & { terms: LoanCalculatorTerms; currency: string }) {
  const { t, tr } = useI18n();
  const [form] = Form.useForm<LoanValues>();
  const calculation = useCalculation(loanScheduleQuery, form, SHOWN);
  const prepay = Form.useWatch('prepay', form);
  const priced = hasPricedRange(terms.rateTiers);
  const ltvBanded = hasLtvBands(terms.rateTiers);
  const askLtv = ltvBanded || terms.collateralRequired;
  const range = terms.rateType === 'FIXED' ? rateRange(terms.rateTiers) : null;
  const data = calculation.data?.loanSchedule;

  const calculate = (values: LoanValues) => {
    void calculation.run({
      ...sourceVariables({ productId, draft }),
      amount: String(values.amount).trim(),
      termMonths: values.termMonths ?? 0,
      method: values.method as RepaymentMethod,
      rate: priced && values.rate ? String(values.rate) : null,
      ltv: askLtv && values.ltv ? String(values.ltv) : null,
      drawnOn: values.drawnOn ? values.drawnOn.format('YYYY-MM-DD') : null,
      prepayment:
        values.prepay && values.prepayment
          ? {
              afterPeriod: values.prepayment.afterPeriod ?? 0,
              amount: String(values.prepayment.amount).trim(),
              mode: values.prepayment.mode ?? 'SHORTEN_TERM',
            }
          : null,
    });
  };

  const first = data?.instalments[0];
  const last = data?.instalments.length ? data.instalments[data.instalments.length - 1] : undefined;
  // An equal-instalment loan's last payment differs by its rounding cents only: one figure then;
  // equal principal, interest-only and a prepaid loan show their first and last payments.
  const prepaid = !!data?.instalments.some((row) => Number(row.prepayment) !== 0);
  const varying = !!first && !!last && first.payment !== last.payment && data?.method !== 'BULLET' && (data?.method !== 'EQUAL_INSTALLMENT' || prepaid);

  const fields = (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="amount"
          label={t('calc.amount', { currency })}
          extra={t('calc.amountRange', { min: formatMoney(terms.amountMin), max: formatMoney(terms.amountMax) })}
          rules={[
            {
              validator: (_, value) => {
                const problem = amountProblem(value, terms.amountMin, terms.amountMax);
                return problem
                  ? Promise.reject(new Error(t(problem.key, { ...problem.params, min: formatMoney(terms.amountMin), max: formatMoney(terms.amountMax) })))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <DecimalInput min="0" data-testid="calc-loan-amount" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="termMonths"
          label={t('calc.termMonths')}
          extra={t('calc.termRange', { min: terms.termMonthsMin, max: terms.termMonthsMax })}
          rules={[
            { required: true, message: t('calc.v.termRequired') },
            {
              type: 'number',
              min: terms.termMonthsMin,
              max: terms.termMonthsMax,
              message: t('calc.v.termRange', { min: terms.termMonthsMin, max: terms.termMonthsMax }),
            },
          ]}
        >
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="calc-loan-term" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="method" label={t('calc.method')} rules={[{ required: true, message: t('calc.v.methodRequired') }]}>
          <Select
            data-testid="calc-loan-method"
            options={terms.repaymentMethods.map((m) => ({ value: m, label: tr(`product.repayment.${m}`, m) }))}
          />
        </Form.Item>
      </Col>
      {priced && (
        <Col xs={24} md={8}>
          <Form.Item
            name="rate"
            label={t('calc.rate')}
            extra={range ? t('calc.rateHint', { range: formatRateRange(range[0], range[1]) }) : t('calc.rateHintLpr')}
            rules={[{ type: 'number', transform: (v) => (v === null || v === undefined || v === '' ? undefined : Number(v)), min: 0, max: 36, message: t('calc.v.rate') }]}
          >
            <RateInput min="0" max="36" data-testid="calc-loan-rate" />
          </Form.Item>
        </Col>
      )}
      {askLtv && (
        <Col xs={24} md={8}>
          <Form.Item
            name="ltv"
            label={t('calc.ltv')}
            extra={terms.maxLtv ? t('calc.ltvHint', { max: formatRate(terms.maxLtv) }) : undefined}
            rules={[
              ...(ltvBanded ? [{ required: true, message: t('calc.v.ltvRequired') }] : []),
              {
                type: 'number' as const,
                transform: (v: unknown) => (v === null || v === undefined || v === '' ? undefined : Number(v)),
                min: 0,
                max: terms.maxLtv ? Number(terms.maxLtv) : 100,
                message: t('calc.v.ltv', { max: formatRate(terms.maxLtv ?? '100') }),
              },
            ]}
          >
            <DecimalInput min="0" max="100" suffix="%" data-testid="calc-loan-ltv" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={8}>
        <Form.Item name="drawnOn" label={t('calc.drawnOn')} extra={t('calc.todayByDefault')}>
          <DatePicker style={{ width: '100%' }} data-testid="calc-loan-drawn-on" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="prepay" label={t('calc.prepayment')} valuePropName="checked">
          <Switch data-testid="calc-loan-prepay" />
        </Form.Item>
      </Col>
      {prepay && (
        <>
          <Col xs={24} md={8}>
            <Form.Item
              name={['prepayment', 'afterPeriod']}
              label={t('calc.afterPeriod')}
              rules={[{ required: true, message: t('calc.v.afterPeriod') }, { type: 'number', min: 1, message: t('calc.v.afterPeriod') }]}
            >
              <InputNumber precision={0} min={1} style={{ width: '100%' }} data-testid="calc-loan-prepay-after" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['prepayment', 'amount']}
              label={t('calc.prepaymentAmount', { currency })}
              rules={[
                {
                  validator: (_, value) => {
                    const problem = amountProblem(value, null, null);
                    return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
                  },
                },
              ]}
            >
              <DecimalInput min="0" data-testid="calc-loan-prepay-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['prepayment', 'mode']} label={t('calc.prepaymentMode')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'SHORTEN_TERM', label: t('calc.mode.SHORTEN_TERM') },
                  { value: 'REDUCE_INSTALMENT', label: t('calc.mode.REDUCE_INSTALMENT') },
                ]}
              />
            </Form.Item>
          </Col>
        </>
      )}
    </Row>
  );

  const result = data && (
    <>
      <Figures>
        <Figure strong title={t('calc.apr')} value={formatRate(data.apr)} testId="calc-loan-apr" />
        <Figure title={t('calc.rateUsed')} value={formatRate(data.rate)} testId="calc-loan-rate-used" />
        <Figure
          title={varying ? t('calc.firstPayment') : t('calc.monthlyPayment')}
          value={formatMoney(first?.payment, currency)}
          testId="calc-loan-payment"
        />
        {varying && <Figure title={t('calc.lastPayment')} value={formatMoney(last?.payment, currency)} testId="calc-loan-last-payment" />}
        <Figure title={t('calc.totalInterest')} value={formatMoney(data.totalInterest, currency)} testId="calc-loan-total-interest" />
        <Figure title={t('calc.totalFees')} value={formatMoney(data.totalFees, currency)} testId="calc-loan-total-fees" />
        <Figure title={t('calc.totalPayment')} value={formatMoney(data.totalPayment, currency)} testId="calc-loan-total-payment" />
      </Figures>
      <Typography.Paragraph type="secondary">
        {t('calc.loanNote', { upfront: formatMoney(data.upfrontFees, currency), received: formatMoney(data.received, currency) })}
      </Typography.Paragraph>
      <InstalmentTable rows={data.instalments} testId="calc-loan-schedule" />
    </>
  );

  return (
    <CalculatorFrame<LoanValues>
      form={form}
      testId="calc-loan"
      initialValues={{
        amount: terms.amountDefault,
        termMonths: terms.termMonthsDefault,
        method: terms.repaymentMethods[0],
        prepay: false,
        prepayment: { mode: 'SHORTEN_TERM' },
      }}
      onCalculate={calculate}
      calculation={calculation}
      fields={fields}
      result={result}
    />
  );
}
