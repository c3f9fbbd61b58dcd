import { Alert, Col, Descriptions, Form, InputNumber, Row } from 'antd';
import { useI18n } from '../../i18n/useI18n';
import { amountProblem } from '../calculator';
import { wealthProjectionQuery } from '../calculatorQueries';
import { formatMoney, formatRateRange } from '../format';
import { type CalculatorSource, sourceVariables, CalculatorFrame, Figure, Figures, useCalculation } from './CalculatorParts';
import { DecimalInput } from './fields';

export interface WealthCalculatorTerms {
  benchmarkMin: string;
  benchmarkMax: string;
  openEnded: boolean;
  termDays?: number | null;
  minimumInvestment: string;
}

interface WealthValues {
  amount?: string;
  days?: number;
}

const SHOWN = ['amount', 'days'];

/** 收益测算: a wealth product's returns at its benchmarks after fees — a projection, not a promise. */
export function WealthProjection({
  productId,
  draft,
  terms,
  currency,
  maxAmount,
}: CalculatorSource & {
  terms: WealthCalculatorTerms;
  currency: string;
  maxAmount?: string | null;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<WealthValues>();
  const calculation = useCalculation(wealthProjectionQuery, form, SHOWN);
  const data = calculation.data?.wealthProjection;
  // A closed-ended product runs its term; an open-ended one for any holding period.
  const fixedDays = !terms.openEnded && !!terms.termDays;
  const min = terms.minimumInvestment;

  const fields = (
    <>
      <Alert type="warning" showIcon title={t('calc.notGuaranteed')} style={{ marginBottom: 12 }} data-testid="calc-wealth-disclaimer" />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="amount"
            label={t('calc.amount', { currency })}
            extra={t('calc.amountFrom', { min: formatMoney(min) })}
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
            <DecimalInput min="0" data-testid="calc-wealth-amount" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="days"
            label={t('calc.daysHeld')}
            extra={fixedDays ? t('calc.closedEnded', { days: terms.termDays ?? 0 }) : undefined}
            rules={[{ required: true, message: t('calc.v.daysRequired') }, { type: 'number', min: 1, max: 3650, message: t('calc.v.daysRange') }]}
          >
            <InputNumber precision={0} min={1} max={3650} disabled={fixedDays} style={{ width: '100%' }} data-testid="calc-wealth-days" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );

  const result = data && (
    <>
      <Figures>
        <Figure
          strong
          title={t('calc.projectedReturn')}
          value={`${formatMoney(data.low, currency)} ~ ${formatMoney(data.high)}`}
          testId="calc-wealth-range"
        />
        <Figure title={t('calc.benchmark')} value={formatRateRange(data.lowRate, data.highRate)} testId="calc-wealth-rates" />
        <Figure title={t('calc.feesPaid')} value={formatMoney(data.feesPaid, currency)} testId="calc-wealth-fees" />
      </Figures>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'invested', label: t('calc.invested'), children: formatMoney(data.invested, currency) },
          { key: 'days', label: t('calc.daysHeld'), children: data.days },
          { key: 'sub', label: t('calc.subscriptionFee'), children: formatMoney(data.subscriptionFee, currency) },
          { key: 'mgmt', label: t('calc.managementFee'), children: formatMoney(data.managementFee, currency) },
          { key: 'custody', label: t('calc.custodyFee'), children: formatMoney(data.custodyFee, currency) },
          { key: 'benchmark', label: t('calc.benchmarkTerms'), children: formatRateRange(terms.benchmarkMin, terms.benchmarkMax) },
        ]}
      />
      <Alert
        type="warning"
        showIcon
        title={t('calc.notGuaranteed')}
        description={data.note}
        data-testid="calc-wealth-note"
      />
    </>
  );

  return (
    <CalculatorFrame<WealthValues>
      form={form}
      testId="calc-wealth"
      initialValues={{ amount: min, days: terms.termDays ?? 365 }}
      onCalculate={(values) =>
        void calculation.run({ ...sourceVariables({ productId, draft }), amount: String(values.amount).trim(), days: values.days ?? null })
      }
      calculation={calculation}
      fields={fields}
      result={result}
    />
  );
}
