import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';
import { benchmarkRateProblem, lprAnnouncementDay } from './BenchmarkRatesPage';

const lpr1y = {
  __typename: 'BenchmarkRate',
  id: 'QmVuY2htYXJrUmF0ZTox',
  kind: 'LPR_1Y',
  rate: '3.0000',
  effectiveFrom: '2025-05-20',
  announcedOn: '2025-05-20',
  note: '',
  createdBy: null,
};
const deposit1y = {
  __typename: 'BenchmarkRate',
  id: 'QmVuY2htYXJrUmF0ZToy',
  kind: 'DEPOSIT_1Y',
  rate: '1.5000',
  effectiveFrom: '2015-10-24',
  announcedOn: '2015-10-23',
  note: '',
  createdBy: null,
};

function listPage(nodes: (typeof lpr1y)[], hasNextPage = false): Answer {
  return {
    data: {
      benchmarkRates: {
        __typename: 'BenchmarkRateConnection',
        totalCount: nodes.length + (hasNextPage ? 1 : 0),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: 'c1' },
        edges: nodes.map((node, i) => ({ __typename: 'BenchmarkRateEdge', cursor: `c${i + 1}`, node })),
      },
    },
  };
}

const inForce: Answer = {
  data: {
    benchmarkRatesOn: [
      { __typename: 'BenchmarkRate', id: lpr1y.id, kind: 'LPR_1Y', rate: '3.0000', effectiveFrom: '2025-05-20' },
      { __typename: 'BenchmarkRate', id: 'QmVuY2htYXJrUmF0ZToz', kind: 'LPR_5Y', rate: '3.5000', effectiveFrom: '2025-05-20' },
    ],
  },
};

function renderPage(permissions: string[], answer: (name: string, variables: Record<string, unknown>) => Answer | undefined = () => undefined) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], permissions });
    if (name === 'BenchmarkRateList') return variables.kind === 'LPR_1Y' ? listPage([lpr1y]) : listPage([lpr1y, deposit1y], true);
    if (name === 'BenchmarkRatesOn') return inForce;
    if (name === 'AlertsSince') {
      return { data: { alerts: { __typename: 'AlertConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
    }
    if (name === 'RiskAlerts') return { data: null } as unknown as Answer;
    const answered = answer(name, variables);
    if (answered) return answered;
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: ['/products/benchmark-rates'] });
  render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
  return server;
}

describe('benchmark rate rules', () => {
  it('accepts what the server accepts: 0 to 36 %, at most 4 decimals', () => {
    expect(benchmarkRateProblem('3.1')).toBeUndefined();
    expect(benchmarkRateProblem('0')).toBeUndefined();
    expect(benchmarkRateProblem('36')).toBeUndefined();
    expect(benchmarkRateProblem('')).toBe('required');
    expect(benchmarkRateProblem('3.12345')).toBe('format');
    expect(benchmarkRateProblem('-1')).toBe('format');
    expect(benchmarkRateProblem('36.0001')).toBe('range');
  });

  it('puts the LPR on the 20th, or the Monday after a weekend 20th', () => {
    expect(lprAnnouncementDay('2025-05-01')).toBe('2025-05-20');
    expect(lprAnnouncementDay('2024-07-20')).toBe('2024-07-22');
    expect(lprAnnouncementDay('2024-10-31')).toBe('2024-10-21');
  });
});

describe('BenchmarkRatesPage', () => {
  it('shows the rates in force today and the history, filtered by kind', async () => {
    const server = renderPage(['product:read']);
    const table = await screen.findByTestId('benchmark-table', {}, { timeout: 5000 });
    expect(await within(table).findByText('1-year deposit')).toBeInTheDocument();
    expect(await screen.findByTestId('benchmark-in-force-LPR_5Y')).toHaveTextContent('3.5000%');
    expect(screen.getByTestId('benchmark-read-only')).toBeInTheDocument();
    expect(screen.queryByTestId('benchmark-create')).not.toBeInTheDocument();

    // when the reader picks the 1-year LPR
    fireEvent.mouseDown(within(screen.getByTestId('benchmark-filter-kind')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('1-year LPR'));

    // then the list asks for that kind only
    await waitFor(() => expect(server.calls.some((call) => call.name === 'BenchmarkRateList' && call.variables.kind === 'LPR_1Y')).toBe(true));
    await waitFor(() => expect(within(table).queryByText('1-year deposit')).not.toBeInTheDocument());
  });

  it('refuses a bad rate before asking the server, and shows the server refusal on its field', async () => {
    // given a risk officer correcting the 1-year LPR entry
    const server = renderPage(['product:read', 'benchmark_rate:write'], (name) =>
      name === 'BenchmarkRateSet'
        ? {
            data: {
              benchmarkRateSet: {
                __typename: 'BenchmarkRatePayload',
                benchmarkRate: null,
                errors: [{ __typename: 'UserError', field: 'rate', code: 'INVALID', message: 'A benchmark rate is a percentage from 0 to 36.' }],
              },
            },
          }
        : undefined,
    );
    const table = await screen.findByTestId('benchmark-table', {}, { timeout: 5000 });
    expect(await within(table).findByText('3.0000%')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId(`benchmark-edit-${lpr1y.id}`));
    const modal = await screen.findByTestId('benchmark-form-modal');

    // when the rate has 5 decimals, the form refuses it without a request
    fireEvent.change(within(modal).getByTestId('benchmark-form-rate'), { target: { value: '2.95001' } });
    fireEvent.click(screen.getByTestId('benchmark-form-submit'));
    expect(await within(modal).findByText('A rate is a number with at most 4 decimals')).toBeInTheDocument();
    expect(server.calls.some((call) => call.name === 'BenchmarkRateSet')).toBe(false);

    // when it is corrected, the entry goes to benchmarkRateSet and the server's refusal lands on the rate
    fireEvent.change(within(modal).getByTestId('benchmark-form-rate'), { target: { value: ' 2.95 ' } });
    fireEvent.click(screen.getByTestId('benchmark-form-submit'));
    await waitFor(() =>
      expect(server.calls.find((call) => call.name === 'BenchmarkRateSet')?.variables).toEqual({
        input: { kind: 'LPR_1Y', rate: '2.95', effectiveFrom: '2025-05-20', announcedOn: '2025-05-20', note: '' },
      }),
    );
    const refusal = await within(modal).findByText('A benchmark rate is a percentage from 0 to 36.');
    expect(refusal.closest('.ant-form-item')).toContainElement(within(modal).getByTestId('benchmark-form-rate'));
  });
});
