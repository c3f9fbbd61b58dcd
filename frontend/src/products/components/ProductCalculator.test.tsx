import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider } from 'antd';
import { Provider } from 'urql';
import { I18nProvider } from '../../i18n/I18nProvider';
import { fakeServer, type Answer } from '../../test/mockClient';
import { DraftCalculator, ProductCalculator } from './ProductCalculator';

const ID = 'UHJvZHVjdDo3';

const band = (unit: string, lower: string, upper: string | null) => ({ __typename: 'RateBand', unit, lower, upper });
const condition = (type: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Condition',
  type,
  amount: null,
  count: null,
  customerTypes: [],
  ageMin: null,
  ageMax: null,
  bundleCode: null,
  months: null,
  endsOn: null,
  ...extra,
});

function product(family: string, subtype: string, terms: Record<string, unknown>, extra: Record<string, unknown> = {}): Answer {
  return {
    data: {
      product: {
        __typename: 'Product',
        id: ID,
        family,
        subtype,
        currency: 'CNY',
        minAmount: null,
        maxAmount: null,
        terms,
        ...extra,
      },
    },
  };
}

const TIME_DEPOSIT = product('DEPOSIT', 'TIME', {
  __typename: 'DepositTerms',
  term: { __typename: 'DepositTermRange', min: 3, max: 12, multiple: 3, unit: 'MONTH' },
  offeredTerms: [3, 6, 12],
  tierApplication: 'PER_BAND',
  interest: { __typename: 'DepositInterestMechanics', dayCount: 'ACT_360' },
  minimumDeposit: '50.00',
  earlyWithdrawalRate: '0.2000',
  rateTiers: [
    { __typename: 'RateTier', bands: [band('AMOUNT', '0', '50000')], rate: '1.5000', rateMax: null },
    { __typename: 'RateTier', bands: [band('AMOUNT', '50000', null)], rate: '2.0000', rateMax: null },
  ],
  bonusRates: [{ __typename: 'BonusRate', name: '新资金加息', rate: '0.2000', conditions: [condition('NEW_MONEY', { amount: '10000' })] }],
});

const DEPOSIT_RESULT: Answer = {
  data: {
    depositInterest: {
      __typename: 'DepositInterestResult',
      startOn: '2026-01-01',
      maturityOn: '2027-01-01',
      endOn: '2027-01-01',
      days: 365,
      dayCount: 'ACT_360',
      bands: [
        { __typename: 'BandInterest', lower: '0', upper: '50000', amount: '50000.00', rate: '1.5000', interest: '760.42' },
        { __typename: 'BandInterest', lower: '50000', upper: null, amount: '30000.00', rate: '2.0000', interest: '608.33' },
      ],
      baseInterest: '1368.75',
      bonuses: [{ __typename: 'AppliedBonus', name: '新资金加息', rate: '0.2000', interest: '162.22' }],
      totalInterest: '1530.97',
      effectiveRate: '1.9137',
      early: false,
    },
  },
};

const LOAN = product('LOAN', 'CONSUMER', {
  __typename: 'LoanTerms',
  rateType: 'FIXED',
  effectiveRate: '3.6000',
  amountMin: '1000.00',
  amountMax: '300000.00',
  amountDefault: '100000.00',
  termMonthsMin: 6,
  termMonthsMax: 60,
  termMonthsDefault: 24,
  repaymentMethods: ['EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL'],
  collateralRequired: false,
  maxLtv: null,
  rateTiers: [{ __typename: 'RateTier', bands: [], rate: '3.6000', rateMax: '6.0000', spreadBps: null, spreadBpsMax: null }],
});

function instalments(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    __typename: 'Instalment',
    period: i + 1,
    dueOn: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    payment: '4326.62',
    principal: '4026.62',
    interest: '300.00',
    fee: '0.00',
    prepayment: '0.00',
    balance: (100000 - (i + 1) * 4000).toFixed(2),
  }));
}

function renderCalculator(context: Answer, answer: (name: string, variables: Record<string, unknown>) => Answer) {
  const server = fakeServer((name, variables) => (name === 'ProductCalculatorContext' ? context : answer(name, variables)));
  render(
    <StyleProvider mock="server">
      <ConfigProvider theme={{ token: { motion: false } }}>
        <I18nProvider initialLocale="en-US">
          <AntApp>
            <Provider value={server.createClient(() => {})}>
              <ProductCalculator productId={ID} />
            </Provider>
          </AntApp>
        </I18nProvider>
      </ConfigProvider>
    </StyleProvider>,
  );
  return server;
}

const input = (testId: string) => {
  const element = screen.getByTestId(testId);
  return (element.tagName === 'INPUT' ? element : element.querySelector('input')) as HTMLInputElement;
};
const calls = (server: ReturnType<typeof fakeServer>, name: string) => server.calls.filter((c) => c.name === name);
const unexpected = (name: string): Answer => {
  throw new Error(`unexpected operation ${name}`);
};

describe('DepositCalculator', () => {
  it('asks only what the bonus needs and shows the interest band by band with the bonus', async () => {
    // given a per-band time deposit with a new-money bonus
    const server = renderCalculator(TIME_DEPOSIT, (name) => (name === 'DepositInterest' ? DEPOSIT_RESULT : unexpected(name)));
    await screen.findByTestId('calc-deposit');
    expect(screen.getByTestId('calc-deposit-empty')).toBeInTheDocument();
    expect(screen.getByTestId('calc-deposit-newMoney')).toBeInTheDocument();
    expect(screen.queryByTestId('calc-deposit-age')).not.toBeInTheDocument();
    expect(screen.queryByTestId('calc-deposit-payrollDeposit')).not.toBeInTheDocument();

    // when the manager asks about 80,000 of new money for 12 months
    fireEvent.change(input('calc-deposit-amount'), { target: { value: '80000' } });
    fireEvent.mouseDown(within(screen.getByTestId('calc-deposit-term')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('12 months'));
    fireEvent.click(screen.getByTestId('calc-deposit-newMoney'));
    fireEvent.click(screen.getByTestId('calc-deposit-run'));

    // then the API is asked exactly that, and the result shows every band, the bonus and the total
    await screen.findByTestId('calc-deposit-total');
    expect(calls(server, 'DepositInterest')[0].variables).toEqual({
      productId: ID,
      draft: null,
      amount: '80000',
      termMonths: 12,
      days: null,
      noticeDays: null,
      startOn: null,
      withdrawnOn: null,
      circumstances: { newMoney: true },
    });
    expect(screen.getByTestId('calc-deposit-total')).toHaveTextContent('CNY 1,530.97');
    const bands = screen.getByTestId('calc-deposit-bands');
    expect(within(bands).getByText('0.00 – 50,000.00')).toBeInTheDocument();
    expect(within(bands).getByText('50,000.00 and above')).toBeInTheDocument();
    expect(within(bands).getByText('760.42')).toBeInTheDocument();
    expect(within(bands).getByText('608.33')).toBeInTheDocument();
    expect(within(screen.getByTestId('calc-deposit-bonuses')).getByText('162.22')).toBeInTheDocument();
    expect(screen.getByTestId('calc-deposit-maturity')).toHaveTextContent('2027-01-01');
  });

  it('refuses below the minimum deposit without asking the server', async () => {
    const server = renderCalculator(TIME_DEPOSIT, (name) => unexpected(name));
    await screen.findByTestId('calc-deposit');
    fireEvent.change(input('calc-deposit-amount'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('calc-deposit-run'));
    expect(await screen.findByText('The amount cannot be below 50.00')).toBeInTheDocument();
    expect(calls(server, 'DepositInterest')).toHaveLength(0);
  });
});

describe('LoanCalculator', () => {
  it('shows the APR, the summary and the schedule a year a page', async () => {
    const server = renderCalculator(LOAN, (name) =>
      name === 'LoanSchedule'
        ? {
            data: {
              loanSchedule: {
                __typename: 'LoanScheduleResult',
                rate: '4.2000',
                method: 'EQUAL_INSTALLMENT',
                totalPayment: '103838.88',
                totalInterest: '3838.88',
                totalFees: '0.00',
                apr: '4.2000',
                upfrontFees: '0.00',
                received: '100000.00',
                instalments: instalments(24),
              },
            },
          }
        : unexpected(name),
    );
    await screen.findByTestId('calc-loan');
    // the rate is asked because the tier is priced as a range
    fireEvent.change(input('calc-loan-rate'), { target: { value: '4.2' } });
    fireEvent.click(screen.getByTestId('calc-loan-run'));
    await screen.findByTestId('calc-loan-apr');
    expect(calls(server, 'LoanSchedule')[0].variables).toMatchObject({
      productId: ID,
      draft: null,
      amount: '100000.00',
      termMonths: 24,
      method: 'EQUAL_INSTALLMENT',
      rate: '4.2',
      ltv: null,
      prepayment: null,
    });
    expect(screen.getByTestId('calc-loan-apr')).toHaveTextContent('4.20%');
    expect(screen.getByTestId('calc-loan-payment')).toHaveTextContent('CNY 4,326.62');
    expect(screen.getByTestId('calc-loan-total-interest')).toHaveTextContent('CNY 3,838.88');
    const table = screen.getByTestId('calc-loan-schedule');
    expect(within(table).getAllByText('4,326.62')).toHaveLength(12);
    expect(within(table).getByText('24 in total')).toBeInTheDocument();
  });

  it('puts a typed refusal on the field it names and the rest above the form', async () => {
    const server = renderCalculator(LOAN, (name) =>
      name === 'LoanSchedule'
        ? {
            errors: [
              {
                message: 'The product does not offer a term of 24 months.',
                extensions: {
                  code: 'TERM_NOT_OFFERED',
                  errors: [
                    { field: 'termMonths', code: 'TERM_NOT_OFFERED', message: 'The product does not offer a term of 24 months.' },
                    { field: 'productId', code: 'INVALID', message: 'The product has no terms in force today.' },
                  ],
                },
              },
            ],
          }
        : unexpected(name),
    );
    await screen.findByTestId('calc-loan');
    fireEvent.click(screen.getByTestId('calc-loan-run'));
    expect(await screen.findByText('The product does not offer a term of 24 months.')).toBeInTheDocument();
    expect(screen.getByText('The product has no terms in force today.')).toBeInTheDocument();
    // the term's message sits in the term's form item
    const item = input('calc-loan-term').closest('.ant-form-item') as HTMLElement;
    expect(within(item).getByText('The product does not offer a term of 24 months.')).toBeInTheDocument();
    expect(screen.getByTestId('calc-loan-empty')).toBeInTheDocument();
    expect(calls(server, 'LoanSchedule')).toHaveLength(1);
  });

  it('checks the amount range and the prepayment before calling', async () => {
    const server = renderCalculator(LOAN, (name) => unexpected(name));
    await screen.findByTestId('calc-loan');
    fireEvent.change(input('calc-loan-amount'), { target: { value: '500000' } });
    fireEvent.click(screen.getByTestId('calc-loan-prepay'));
    await screen.findByTestId('calc-loan-prepay-after');
    fireEvent.click(screen.getByTestId('calc-loan-run'));
    expect(await screen.findByText('The amount cannot be above 300,000.00')).toBeInTheDocument();
    expect(await screen.findByText('Enter the period after which to prepay (from 1)')).toBeInTheDocument();
    expect(calls(server, 'LoanSchedule')).toHaveLength(0);
  });
});

describe('CardInstalmentCalculator', () => {
  const card = (instalment: Record<string, unknown> | null) =>
    product('CREDIT_CARD', 'STANDARD', { __typename: 'CreditCardTerms', interestFreeDaysMax: 56, instalment });

  it('says so when the card has no instalment terms', async () => {
    renderCalculator(card(null), (name) => unexpected(name));
    expect(await screen.findByTestId('calc-card-none')).toBeInTheDocument();
  });

  it('offers only the card periods and shows the fee, the APR and the minimum payment', async () => {
    const server = renderCalculator(
      card({ __typename: 'CardInstalmentTerms', periods: [3, 6, 12], monthlyFeeRate: '0.6000', minimumPaymentRate: '10.0000', minimumPaymentFloor: '100.00' }),
      (name) =>
        name === 'CardInstalment'
          ? {
              data: {
                cardInstalment: {
                  __typename: 'CardInstalmentResult',
                  periods: 6,
                  monthlyFee: '72.00',
                  totalFee: '432.00',
                  apr: '13.0235',
                  interestFreeDaysMax: 56,
                  minimumPayment: '1200.00',
                  instalments: instalments(6),
                },
              },
            }
          : unexpected(name),
    );
    await screen.findByTestId('calc-card');
    fireEvent.change(input('calc-card-amount'), { target: { value: '12000' } });
    fireEvent.mouseDown(within(screen.getByTestId('calc-card-periods')).getByRole('combobox'));
    expect(screen.queryByTitle('24 months')).not.toBeInTheDocument();
    fireEvent.click(await screen.findByTitle('6 months'));
    fireEvent.click(screen.getByTestId('calc-card-run'));
    await screen.findByTestId('calc-card-apr');
    expect(calls(server, 'CardInstalment')[0].variables).toEqual({ productId: ID, draft: null, amount: '12000', periods: 6 });
    expect(screen.getByTestId('calc-card-apr')).toHaveTextContent('13.0235%');
    expect(screen.getByTestId('calc-card-monthly-fee')).toHaveTextContent('CNY 72.00');
    expect(screen.getByTestId('calc-card-total-fee')).toHaveTextContent('CNY 432.00');
    expect(screen.getByTestId('calc-card-minimum')).toHaveTextContent('CNY 1,200.00');
    expect(screen.getByTestId('calc-card-free-days')).toHaveTextContent('56 days');
  });
});

describe('WealthProjection', () => {
  it('projects at the benchmarks after fees and says it is not guaranteed', async () => {
    const server = renderCalculator(
      product('WEALTH', 'FIXED_INCOME', {
        __typename: 'WealthTerms',
        benchmarkMin: '2.8000',
        benchmarkMax: '3.6000',
        openEnded: false,
        termDays: 180,
        minimumInvestment: '10000.00',
      }),
      (name) =>
        name === 'WealthProjection'
          ? {
              data: {
                wealthProjection: {
                  __typename: 'WealthProjectionResult',
                  amount: '100000.00',
                  days: 180,
                  invested: '100000.00',
                  subscriptionFee: '0.00',
                  managementFee: '147.95',
                  custodyFee: '9.86',
                  feesPaid: '157.81',
                  lowRate: '2.8000',
                  highRate: '3.6000',
                  low: '1222.99',
                  high: '1617.52',
                  guaranteed: false,
                  note: 'A projection at the performance benchmark, not a promise of returns.',
                },
              },
            }
          : unexpected(name),
    );
    await screen.findByTestId('calc-wealth');
    expect(screen.getByTestId('calc-wealth-disclaimer')).toHaveTextContent('not guaranteed');
    expect(input('calc-wealth-days')).toBeDisabled();
    fireEvent.change(input('calc-wealth-amount'), { target: { value: '100000' } });
    fireEvent.click(screen.getByTestId('calc-wealth-run'));
    await screen.findByTestId('calc-wealth-range');
    expect(calls(server, 'WealthProjection')[0].variables).toEqual({ productId: ID, draft: null, amount: '100000', days: 180 });
    expect(screen.getByTestId('calc-wealth-range')).toHaveTextContent('CNY 1,222.99 ~ 1,617.52');
    expect(screen.getByTestId('calc-wealth-note')).toHaveTextContent('not a promise of returns');
  });
});

describe('ProductCalculator', () => {
  it('has no calculator for FX products', async () => {
    renderCalculator(product('FX', 'SPOT', { __typename: 'FxTerms' }), (name) => unexpected(name));
    expect(await screen.findByTestId('calc-none')).toHaveTextContent('No calculator for this kind of product yet');
  });

  it('waits for the server before calling a result', async () => {
    renderCalculator(TIME_DEPOSIT, (name) => unexpected(name));
    await waitFor(() => expect(screen.getByTestId('calc-note')).toBeInTheDocument());
  });
});

describe('DraftCalculator', () => {
  it("calculates the wizard's unsaved terms: the draft goes to the API, no product id", async () => {
    // given the wizard's review of a time deposit not saved yet
    const draft = {
      subtype: 'TIME' as const,
      terms: { deposit: { minimumDeposit: '50', earlyWithdrawalRate: '0.1', autoRenewal: false } },
      fees: [],
      minAmount: '50',
      maxAmount: null,
    };
    const server = fakeServer((name) => (name === 'DepositInterest' ? DEPOSIT_RESULT : unexpected(name)));
    const terms = ((TIME_DEPOSIT as { data: { product: { terms: unknown } } }).data).product.terms;
    render(
      <StyleProvider mock="server">
        <ConfigProvider theme={{ token: { motion: false } }}>
          <I18nProvider initialLocale="en-US">
            <AntApp>
              <Provider value={server.createClient(() => {})}>
                <DraftCalculator draft={draft as never} terms={terms as never} currency="CNY" />
              </Provider>
            </AntApp>
          </I18nProvider>
        </ConfigProvider>
      </StyleProvider>,
    );
    expect(screen.getByTestId('calc-note')).toHaveTextContent('not saved yet');
    // when it is calculated
    fireEvent.change(input('calc-deposit-amount'), { target: { value: '80000' } });
    fireEvent.mouseDown(within(screen.getByTestId('calc-deposit-term')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('12 months'));
    fireEvent.click(screen.getByTestId('calc-deposit-run'));
    // then the draft itself is sent, and the result shown
    await screen.findByTestId('calc-deposit-total');
    expect(calls(server, 'DepositInterest')[0].variables).toMatchObject({ productId: null, draft, termMonths: 12 });
    expect(calls(server, 'ProductCalculatorContext')).toHaveLength(0);
    expect(screen.getByTestId('calc-deposit-total')).toHaveTextContent('CNY 1,530.97');
  });
});
