import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';
import { FX_CURRENCIES, fxRateProblem } from './FxRatesPage';

const usd = {
  __typename: 'FxRate',
  id: 'RnhSYXRlOjE=',
  currency: 'USD',
  rate: '7.100000',
  effectiveFrom: '2000-01-01',
  createdBy: null,
};

const ratesPage: Answer = {
  data: {
    fxRates: {
      __typename: 'FxRateConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [{ __typename: 'FxRateEdge', cursor: 'c1', node: usd }],
    },
  },
};

function renderPage(permissions: string[], answer: (name: string, variables: Record<string, unknown>) => Answer | undefined = () => undefined) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], permissions });
    if (name === 'FxRateList') return ratesPage;
    if (name === 'AlertsSince') {
      return { data: { alerts: { __typename: 'AlertConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
    }
    if (name === 'RiskAlerts') return { data: null } as unknown as Answer;
    const answered = answer(name, variables);
    if (answered) return answered;
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: ['/products/fx-rates'] });
  render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
  return server;
}

describe('fxRateProblem', () => {
  it('accepts what the server accepts: above 0, at most 1,000,000, at most 6 decimals', () => {
    expect(fxRateProblem('7.1')).toBeUndefined();
    expect(fxRateProblem('0.004812')).toBeUndefined();
    expect(fxRateProblem('')).toBe('required');
    expect(fxRateProblem('7.1234567')).toBe('format');
    expect(fxRateProblem('-1')).toBe('format');
    expect(fxRateProblem('0')).toBe('range');
    expect(fxRateProblem('1000001')).toBe('range');
  });

  it('offers every currency but the base one', () => {
    expect(FX_CURRENCIES).toHaveLength(21);
    expect(FX_CURRENCIES).not.toContain('CNY');
  });
});

describe('FxRatesPage', () => {
  it('lets a risk officer set a rate and shows the server refusal on its field', async () => {
    // given a risk officer on the exchange rates page, and a server that refuses the rate
    const server = renderPage(['product:read', 'fx_rate:write'], (name) =>
      name === 'FxRateSet'
        ? {
            data: {
              fxRateSet: {
                __typename: 'FxRatePayload',
                fxRate: null,
                errors: [{ __typename: 'UserError', field: 'rate', code: 'INVALID', message: 'A rate is CNY per unit, above 0.' }],
              },
            },
          }
        : undefined,
    );
    const table = await screen.findByTestId('fx-table', {}, { timeout: 5000 });
    expect(await within(table).findByText('7.100000')).toBeInTheDocument();
    expect(screen.queryByTestId('fx-read-only')).not.toBeInTheDocument();

    // when they correct the USD entry's rate
    fireEvent.click(screen.getByTestId(`fx-edit-${usd.id}`));
    const modal = await screen.findByTestId('fx-form-modal');
    fireEvent.change(within(modal).getByTestId('fx-form-rate'), { target: { value: ' 7.25 ' } });
    fireEvent.click(screen.getByTestId('fx-form-submit'));

    // then the currency, rate and date go to fxRateSet, and the refusal lands on the rate field
    await waitFor(() =>
      expect(server.calls.find((call) => call.name === 'FxRateSet')?.variables).toEqual({
        input: { currency: 'USD', rate: '7.25', effectiveFrom: '2000-01-01' },
      }),
    );
    const refusal = await within(modal).findByText('A rate is CNY per unit, above 0.');
    expect(refusal.closest('.ant-form-item')).toContainElement(within(modal).getByTestId('fx-form-rate'));
  });

  it('shows the rates read-only to everyone else', async () => {
    renderPage(['product:read']);
    const table = await screen.findByTestId('fx-table', {}, { timeout: 5000 });
    expect(await within(table).findByText('USD')).toBeInTheDocument();
    expect(screen.getByTestId('fx-read-only')).toBeInTheDocument();
    expect(screen.queryByTestId('fx-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId(`fx-edit-${usd.id}`)).not.toBeInTheDocument();
  });
});
