import { Col, Empty, Form, Row, Select, Typography } from 'antd';
import { useI18n } from '../../i18n/useI18n';
import { amountProblem } from '../calculator';
import { cardInstalmentQuery } from '../calculatorQueries';
import { formatMoney, formatRate } from '../format';
import { type CalculatorSource, sourceVariables, CalculatorFrame, Figure, Figures, InstalmentTable, useCalculation } from './CalculatorParts';
import { DecimalInput } from './fields';

export interface CardCalculatorTerms {
  interestFreeDaysMax: number;
  instalment?: { periods: number[]; monthlyFeeRate: string; minimumPaymentRate: string; minimumPaymentFloor: string } | null;
}

interface CardValues {
  amount?: string;
  periods?: number;
}

const SHOWN = ['amount', 'periods'];

/** 分期试算: a credit card's instalment plan (fee a month, total fee, the real APR). */
export function CardInstalmentCalculator({ productId, draft, terms, currency }: CalculatorSource & { terms: CardCalculatorTerms; currency: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<CardValues>();
  const calculation = useCalculation(cardInstalmentQuery, form, SHOWN);
  const data = calculation.data?.cardInstalment;
  const plan = terms.instalment;
  if (!plan || plan.periods.length === 0) {
    return <Empty description={t('calc.noInstalment')} data-testid="calc-card-none" />;
  }

  const fields = (
    <>
      <Typography.Paragraph type="secondary">
        {t('calc.cardHint', {
          fee: formatRate(plan.monthlyFeeRate),
          minRate: formatRate(plan.minimumPaymentRate),
          floor: formatMoney(plan.minimumPaymentFloor, currency),
        })}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="amount"
            label={t('calc.amount', { currency })}
            rules={[
              {
                validator: (_, value) => {
                  const problem = amountProblem(value, null, null);
                  return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
                },
              },
            ]}
          >
            <DecimalInput min="0" data-testid="calc-card-amount" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="periods" label={t('calc.periods')} rules={[{ required: true, message: t('calc.v.periodsRequired') }]}>
            <Select data-testid="calc-card-periods" options={plan.periods.map((n) => ({ value: n, label: t('calc.months', { n }) }))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );

  const result = data && (
    <>
      <Figures>
        <Figure strong title={t('calc.apr')} value={formatRate(data.apr)} testId="calc-card-apr" />
        <Figure title={t('calc.monthlyFee')} value={formatMoney(data.monthlyFee, currency)} testId="calc-card-monthly-fee" />
        <Figure title={t('calc.totalFees')} value={formatMoney(data.totalFee, currency)} testId="calc-card-total-fee" />
        <Figure title={t('calc.minimumPayment')} value={formatMoney(data.minimumPayment, currency)} testId="calc-card-minimum" />
        <Figure
          title={t('calc.interestFreeDaysMax')}
          value={data.interestFreeDaysMax === null || data.interestFreeDaysMax === undefined ? '—' : t('calc.days', { n: data.interestFreeDaysMax })}
          testId="calc-card-free-days"
        />
      </Figures>
      <Typography.Paragraph type="secondary">{t('calc.minimumPaymentHint')}</Typography.Paragraph>
      <InstalmentTable rows={data.instalments} testId="calc-card-schedule" />
    </>
  );

  return (
    <CalculatorFrame<CardValues>
      form={form}
      testId="calc-card"
      initialValues={{ amount: '10000', periods: plan.periods[0] }}
      onCalculate={(values) => void calculation.run({ ...sourceVariables({ productId, draft }), amount: String(values.amount).trim(), periods: values.periods ?? 0 })}
      calculation={calculation}
      fields={fields}
      result={result}
    />
  );
}
