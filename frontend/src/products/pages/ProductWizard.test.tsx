import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';

const PM = {
  username: 'pm',
  displayName: '产品经理 李娜',
  roles: ['PRODUCT_MANAGER'],
  permissions: ['product:read', 'product:write', 'product:suspend', 'catalog:read'],
};

/** Set an input's value at once; an antd InputNumber may carry its test id on a wrapper. */
function fill(testId: string, value: string) {
  const target = screen.getByTestId(testId);
  const input = target.tagName === 'INPUT' ? target : (target.querySelector('input') as HTMLElement);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

function renderWizard(createAnswer: (input: Record<string, unknown>) => Answer) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer(PM);
    if (name === 'ProductCreate') return createAnswer(variables.input as Record<string, unknown>);
    if (name === 'Product' || name === 'ProductVersions') return { data: { product: null } };
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: ['/products/new'] });
  render(<App router={router} createClient={server.createClient} initialLocale="zh-CN" />);
  return { server, router };
}

async function walkToReview() {
  fireEvent.click(await screen.findByTestId('product-family-DEPOSIT'));
  const subtype = (await screen.findByTestId('product-subtype-TIME')).closest('label')!.querySelector('input')!;
  fireEvent.click(subtype);
  await waitFor(() => expect(subtype.checked).toBe(true));
  fireEvent.click(screen.getByTestId('wizard-next'));
  fill('product-code', 'dep-td-test-1');
  fill('product-nameZh', '测试定期');
  fill('product-nameEn', 'Test time deposit');
  await onStep('基本信息');
  fireEvent.click(screen.getByTestId('wizard-next'));
  await onStep('准入与渠道');
  fireEvent.click(screen.getByTestId('wizard-next'));
  await onStep('产品条款');
}

const currentStep = () => screen.getByTestId('wizard-steps').querySelector('.ant-steps-item-process');
/** Validation is asynchronous and antd is slow in jsdom: wait generously for a step change. */
const onStep = (title: string) => waitFor(() => expect(currentStep()).toHaveTextContent(title), { timeout: 5000 });

describe('product creation wizard', () => {
  // One walk through the wizard per test is most of its time, so the refusal on the client and
  // the server's errors share one.
  it('refuses a rate outside 0–36 % on the terms step, then sends the input and takes a server field error back to the step holding the field', async () => {
    const sent: Record<string, unknown>[] = [];
    renderWizard((input) => {
      sent.push(input);
      return {
        data: {
          productCreate: {
            __typename: 'ProductPayload',
            product: null,
            errors: [
              { __typename: 'UserError', field: 'terms.deposit.rateTiers.0.rate', code: 'INVALID', message: '该档利率超过授权上限' },
              { __typename: 'UserError', field: 'terms.deposit.rateTiers.2.bands', code: 'CONFLICT', message: '该档位与第 1 档重叠' },
              { __typename: 'UserError', field: null, code: 'INVALID', message: '本月新产品额度已用完' },
            ],
          },
        },
      };
    });
    await walkToReview();

    // the new time deposit starts with one tier per standard term: fill them in
    ['1.1', '1.3', '1.5', '1.7', '1.9', '2.0'].forEach((rate, i) => fill(`terms-deposit-rateTiers-${i}-rate`, rate));
    // when a rate is out of range, the step refuses it and nothing is sent
    fill('terms-deposit-rateTiers-0-rate', '40');
    fireEvent.click(screen.getByTestId('wizard-next'));
    expect(await screen.findByText('利率须在 0%–36% 之间', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(currentStep()).toHaveTextContent('产品条款');
    expect(sent).toEqual([]);

    // when it is corrected, the review shows the input and the server's errors lead back to the terms
    fill('terms-deposit-rateTiers-0-rate', '1.85');
    fireEvent.click(screen.getByTestId('wizard-next'));
    const review = await screen.findByTestId('wizard-review', {}, { timeout: 5000 });
    expect(within(review).getByText('DEP-TD-TEST-1')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('wizard-submit'));

    await onStep('产品条款');
    expect(await screen.findByText('该档利率超过授权上限', {}, { timeout: 5000 })).toBeInTheDocument();
    // a grid error lands in the cell of that tier
    expect(within(screen.getByTestId('grid-row-2')).getByText('该档位与第 1 档重叠')).toBeInTheDocument();
    expect(screen.getByTestId('form-errors')).toHaveTextContent('本月新产品额度已用完');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      code: 'DEP-TD-TEST-1',
      family: 'DEPOSIT',
      subtype: 'TIME',
      currency: 'CNY',
      riskLevel: 'R1',
      terms: {
        deposit: {
          term: { min: 3, max: 60, multiple: 3, unit: 'MONTH' },
          tierApplication: 'WHOLE_BALANCE',
          interest: { dayCount: 'THIRTY_360', compounding: 'NONE', posting: 'AT_MATURITY' },
        },
      },
    });
    const tiers = (sent[0].terms as { deposit: { rateTiers: { bands: unknown[]; rate: string }[] } }).deposit.rateTiers;
    expect(tiers).toHaveLength(6);
    expect(tiers[0]).toMatchObject({
      bands: [
        { unit: 'TERM_MONTHS', lower: '3', upper: '3' },
        { unit: 'AMOUNT', lower: '0', upper: null },
      ],
      rate: '1.85',
    });
    expect(sent[0].terms).not.toHaveProperty('deposit.termsMonths');
    expect(Object.keys(sent[0].terms as object)).toEqual(['deposit']);
  }, 40000);

  it('opens the new product after a successful create', async () => {
    const { router } = renderWizard(() => ({
      data: {
        productCreate: {
          __typename: 'ProductPayload',
          product: { __typename: 'Product', id: 'UHJvZHVjdDo5OQ==', code: 'DEP-TD-TEST-1', status: 'DRAFT', version: 1 },
          errors: [],
        },
      },
    }));
    await walkToReview();
    ['1.85', '1.3', '1.5', '1.7', '1.9', '2.0'].forEach((rate, i) => fill(`terms-deposit-rateTiers-${i}-rate`, rate));
    fireEvent.click(screen.getByTestId('wizard-next'));
    await screen.findByTestId('wizard-review', {}, { timeout: 5000 });
    fireEvent.click(screen.getByTestId('wizard-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/products/UHJvZHVjdDo5OQ%3D%3D'), { timeout: 5000 });
  });
});
