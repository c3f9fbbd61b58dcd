import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lastCompleteQuarter, shanghaiToday } from '../period';
import { money, renderPerformance } from '../test/renderPerformance';

const READER = ['product:read', 'report:read'];

function performance(overrides: Record<string, unknown>) {
  return {
    __typename: 'ProductPerformance',
    family: 'DEPOSIT',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    days: 90,
    averageBalance: money('1500000.10'),
    balanceEstimated: false,
    balanceDays: 90,
    customerRate: '1.5000',
    customerRateEstimated: false,
    transferRate: '2.2000',
    interestMargin: money('2589.04'),
    feeIncome: money('0.00'),
    revenue: money('2589.04'),
    costs: money('1000.00'),
    costBreakdown: [{ __typename: 'CostAmount', category: 'MARKETING', amount: money('1000.00') }],
    profit: money('1589.04'),
    balanceGrowth: '3.25',
    newSales: money('20000.00'),
    newSalesCount: 4,
    previousNewSales: money('10000.00'),
    newSalesGrowth: '100.00',
    familyShare: '60.00',
    marketShare: '0.01',
    marketTotal: money('15000000000.00'),
    satisfaction: { __typename: 'PerformanceSatisfaction', ratedCount: 8, averageRating: '4.25', satisfiedShare: '75.00', npsCount: 5, nps: '20.00' },
    rank: 1,
    rankedCount: 2,
    notes: [],
    ...overrides,
  };
}

const product = (code: string, nameZh: string, currency = 'CNY') => ({
  __typename: 'Product',
  id: `UHJvZHVjdDo${code}`,
  code,
  nameZh,
  nameEn: `${code} en`,
  currency,
  status: 'ON_SALE',
});

const ROWS = [
  performance({ product: product('DEP-01', '安心定期') }),
  performance({
    product: product('DEP-02', '活期宝'),
    averageBalance: money('999999.95'),
    balanceEstimated: true,
    revenue: money('0.10'),
    interestMargin: money('0.10'),
    costs: money('0.20'),
    costBreakdown: [],
    profit: money('-0.10'),
    marketShare: null,
    marketTotal: null,
    rank: 2,
    satisfaction: { __typename: 'PerformanceSatisfaction', ratedCount: 0, averageRating: null, satisfiedShare: null, npsCount: 0, nps: null },
    notes: ['期间内没有日余额记录，日均余额以今日存续持仓余额估算。'],
  }),
  performance({
    product: product('LN-01', '个人消费贷'),
    family: 'LOAN',
    revenue: null,
    profit: null,
    interestMargin: null,
    rank: null,
    rankedCount: 0,
    notes: ['2026-03-31 没有 CNY 的 FTP 利率：不计算净利息收入、收入和利润。'],
  }),
];

function reportServer(path = '/performance') {
  return renderPerformance(path, READER, (name, variables) => {
    if (name === 'ProductPerformanceReport') return { data: { productPerformance: ROWS } };
    if (name === 'ProductPerformanceExport') {
      return {
        data: {
          productPerformanceExport: {
            __typename: 'ExportFile',
            filename: `product-performance-${String(variables.start)}-${String(variables.end)}.${variables.format === 'XLSX' ? 'xlsx' : 'csv'}`,
            contentType: 'text/csv; charset=utf-8',
            contentBase64: btoa('a,b\n1,2\n'),
          },
        },
      };
    }
    throw new Error(`unexpected operation ${name}`);
  });
}

describe('performance report page', () => {
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('asks for the last complete quarter by default and shows each family with exact totals', async () => {
    const { server } = reportServer();
    const deposits = await screen.findByTestId('performance-table-DEPOSIT');
    expect(server.calls.find((c) => c.name === 'ProductPerformanceReport')?.variables).toEqual({
      ...lastCompleteQuarter(shanghaiToday()),
      family: null,
    });
    expect(within(deposits).getByText('1,500,000.10')).toBeInTheDocument();
    // 1,500,000.10 + 999,999.95 and 0.10 + 2,589.04: summed in cents, not floats.
    const total = screen.getByTestId('performance-total-DEPOSIT-CNY');
    expect(total).toHaveTextContent('2,500,000.05');
    expect(total).toHaveTextContent('2,589.14');
    expect(total).toHaveTextContent('1,000.20');
    expect(total).toHaveTextContent('1,588.94');
    expect(screen.getByTestId('rank-DEP-02')).toHaveTextContent('2 / 2');
    expect(screen.getByTestId('rank-LN-01')).toHaveTextContent('—');
    expect(within(deposits).getAllByTestId('balance-estimated')).toHaveLength(1);
    expect(within(deposits).getAllByText('+100.00%')).toHaveLength(2);
    expect(screen.getByTestId('notes-LN-01')).toHaveTextContent('1 条说明');
    expect(screen.getByTestId('performance-section-LOAN')).toBeInTheDocument();
  });

  it('opens the details with the cost breakdown and the notes', async () => {
    reportServer();
    await userEvent.setup().click(await screen.findByTestId('performance-product-DEP-01'));
    const drawer = await screen.findByTestId('performance-drawer');
    const breakdown = within(drawer).getByTestId('performance-cost-breakdown');
    expect(within(breakdown).getByText('营销费用')).toBeInTheDocument();
    expect(within(drawer).getByText('CNY 15,000,000,000.00')).toBeInTheDocument();
    expect(within(drawer).getByText('查看产品')).toBeInTheDocument();
  });

  it('reads the period and family from the link', async () => {
    const { server } = reportServer('/performance?start=2025-02-01&end=2025-02-28&family=DEPOSIT');
    await screen.findByTestId('performance-table-DEPOSIT');
    expect(server.calls.find((c) => c.name === 'ProductPerformanceReport')?.variables).toEqual({
      start: '2025-02-01',
      end: '2025-02-28',
      family: 'DEPOSIT',
    });
    expect(screen.getByTestId('period-summary')).toHaveTextContent('2025-02-01 至 2025-02-28，共 28 天');
  });

  it("downloads the server's export file for the period shown", async () => {
    const { server } = reportServer('/performance?start=2025-01-01&end=2025-03-31');
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    const downloads: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await screen.findByTestId('performance-table-DEPOSIT');
    fireEvent.click(screen.getByTestId('performance-export-xlsx'));
    await waitFor(() => expect(downloads).toEqual(['product-performance-2025-01-01-2025-03-31.xlsx']));
    expect(server.calls.find((c) => c.name === 'ProductPerformanceExport')?.variables).toEqual({
      start: '2025-01-01',
      end: '2025-03-31',
      family: null,
      format: 'XLSX',
    });
    click.mockRestore();
  });
});
