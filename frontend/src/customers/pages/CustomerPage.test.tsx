import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer } from '../../test/mockClient';

const customer = {
  __typename: 'Customer',
  id: 'Q3VzdG9tZXI6MQ==',
  customerNo: 'C00000001',
  name: '王芳',
  customerType: 'INDIVIDUAL',
  gender: 'FEMALE',
  age: 36,
  idNumber: '110105********1234',
  phone: '138****5678',
  province: '北京',
  city: '北京',
  branch: '北京朝阳支行',
  riskTolerance: 'C3',
  riskAssessmentCurrent: false,
  kycStatus: 'VERIFIED',
  aum: '820000.00',
  birthDate: '1990-01-01',
  birthMonth: '1990-01',
  idType: 'ID_CARD',
  email: null,
  occupation: '工程师',
  annualIncome: '360000.00',
  companyName: null,
  industry: null,
  companySize: null,
  marketingConsent: true,
  consentDate: '2025-03-01',
  consentChannel: 'MOBILE_BANKING',
  riskAssessedOn: '2024-01-10',
  riskExpiresOn: '2025-01-10',
  holdings: [
    {
      __typename: 'Holding',
      id: 'SG9sZGluZzo3',
      product: { __typename: 'Product', id: 'UHJvZHVjdDox', code: 'LOAN-MTG-01', nameZh: '个人住房贷款', nameEn: 'Mortgage', family: 'LOAN', subtype: 'MORTGAGE' },
      family: 'LOAN',
      openedOn: '2021-06-01',
      status: 'ACTIVE',
      principal: '1500000.00',
      balance: '1200000.00',
      currency: 'CNY',
      rateAtOpening: '4.1000',
      maturityDate: '2051-06-01',
      outstanding: '1200000.00',
      daysPastDue: 45,
      classification: 'SPECIAL_MENTION',
      classificationHistory: [
        { __typename: 'ClassificationChange', classification: 'NORMAL', daysPastDue: 0, changedOn: '2021-06-01' },
        { __typename: 'ClassificationChange', classification: 'SPECIAL_MENTION', daysPastDue: 45, changedOn: '2026-04-01' },
      ],
      creditLimit: null,
      cardNumber: null,
    },
    {
      __typename: 'Holding',
      id: 'SG9sZGluZzo4',
      product: { __typename: 'Product', id: 'UHJvZHVjdDoy', code: 'CC-STD-01', nameZh: '标准信用卡', nameEn: 'Card', family: 'CREDIT_CARD', subtype: 'STANDARD' },
      family: 'CREDIT_CARD',
      openedOn: '2022-01-01',
      status: 'ACTIVE',
      principal: '0.00',
      balance: '3000.00',
      currency: 'CNY',
      rateAtOpening: null,
      maturityDate: null,
      outstanding: null,
      daysPastDue: null,
      classification: null,
      classificationHistory: [],
      creditLimit: '50000.00',
      cardNumber: '622588******1234',
    },
  ],
};

function renderCustomer(permissions: string[]) {
  const server = fakeServer((name) => {
    if (name === 'Me') return meAnswer({ username: 'u', roles: ['ANALYST'], permissions });
    if (name === 'Customer') return { data: { customer } };
    if (name === 'CustomerPiiReveal') {
      return {
        data: {
          customerPiiReveal: {
            __typename: 'CustomerPiiRevealPayload',
            idNumber: '110105199001011234',
            phone: '13812345678',
            cards: [{ __typename: 'RevealedCard', holdingId: 'SG9sZGluZzo4', cardNumber: '6225880012341234' }],
            errors: [],
          },
        },
      };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  render(
    <App
      router={createMemoryRouter(routes, { initialEntries: [`/customers/${customer.id}`] })}
      createClient={server.createClient}
      initialLocale="zh-CN"
    />,
  );
  return server;
}

describe('customer 360 page', () => {
  it('shows masked PII, the lapsed risk assessment, consent and holdings with loan classification', async () => {
    renderCustomer(['product:read', 'customer:read']);
    expect(await screen.findByTestId('customer-id-number')).toHaveTextContent('110105********1234');
    expect(screen.getByTestId('customer-phone')).toHaveTextContent('138****5678');
    expect(screen.getByTestId('risk-warning')).toHaveTextContent('2025-01-10');
    expect(screen.getByTestId('consent')).toHaveTextContent('已授权');
    const holdings = screen.getByTestId('holdings-table');
    expect(within(holdings).getByText('LOAN-MTG-01')).toBeInTheDocument();
    expect(within(holdings).getByTestId('classification')).toHaveTextContent('关注');
    expect(within(holdings).getByTestId('card-number')).toHaveTextContent('622588******1234');
    // without customer:read_pii there is no way to unmask
    expect(screen.queryByTestId('pii-reveal')).toBeNull();
  });

  it('reveals PII for a minute after a reason is given, then masks it again on request', async () => {
    const server = renderCustomer(['product:read', 'customer:read', 'customer:read_pii']);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pii-reveal'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('pii-reveal-submit'));
    expect(await within(dialog).findByText('请填写查看原因')).toBeInTheDocument();
    expect(server.calls.map((c) => c.name)).not.toContain('CustomerPiiReveal');

    fireEvent.change(within(dialog).getByTestId('pii-reason'), { target: { value: '客户来电核实身份' } });
    await user.click(within(dialog).getByTestId('pii-reveal-submit'));
    await waitFor(() => expect(screen.getByTestId('customer-id-number')).toHaveTextContent('110105199001011234'));
    expect(server.calls.find((c) => c.name === 'CustomerPiiReveal')?.variables).toEqual({
      id: customer.id,
      reason: '客户来电核实身份',
      fields: ['ID_NUMBER', 'PHONE', 'CARD_NUMBER'],
    });
    expect(screen.getByTestId('card-number')).toHaveTextContent('6225880012341234');
    expect(screen.getByTestId('pii-hide')).toHaveTextContent('60 秒');

    await user.click(screen.getByTestId('pii-hide'));
    expect(screen.getByTestId('customer-id-number')).toHaveTextContent('110105********1234');
    expect(screen.getByTestId('card-number')).toHaveTextContent('622588******1234');
  });
});
