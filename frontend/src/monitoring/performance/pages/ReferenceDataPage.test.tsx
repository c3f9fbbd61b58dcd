import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Answer } from '../../../test/mockClient';
import { money, renderPerformance } from '../test/renderPerformance';

const READ = ['product:read', 'monitoring:read'];
const WRITE = [...READ, 'monitoring:write'];

const page = (typename: string, field: string, nodes: Record<string, unknown>[]): Answer => ({
  data: {
    [field]: {
      __typename: `${typename}Connection`,
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.length ? 'c1' : null },
      edges: nodes.map((node, index) => ({ __typename: `${typename}Edge`, cursor: `c${index + 1}`, node: { __typename: typename, ...node } })),
    },
  },
});

const COST = {
  id: 'UHJvZHVjdENvc3Q6MQ==',
  month: '2026-03-01',
  category: 'MARKETING',
  note: '春季营销',
  createdAt: '2026-04-02T01:00:00Z',
  amount: money('120000.50'),
  product: { __typename: 'Product', id: 'UHJvZHVjdDox', code: 'DEP-TD-12', nameZh: '一年定期', nameEn: '1-year time deposit', currency: 'CNY' },
  createdBy: { __typename: 'User', id: 'VXNlcjoz', displayName: '风险经理 张伟' },
};

const RATE = { id: 'VHJhbnNmZXJSYXRlOjE=', currency: 'CNY', rate: '2.2000', effectiveFrom: '2026-01-01', createdBy: null };
const USD_RATE = { id: 'VHJhbnNmZXJSYXRlOjI=', currency: 'USD', rate: '4.1000', effectiveFrom: '2025-10-20', createdBy: null };

function referenceServer(path: string, permissions: string[], extra?: (name: string, variables: Record<string, unknown>) => Answer | undefined) {
  return renderPerformance(path, permissions, (name, variables) => {
    const answer = extra?.(name, variables);
    if (answer) return answer;
    if (name === 'ProductCostList') return page('ProductCost', 'productCosts', [COST]);
    if (name === 'TransferRateList') return page('TransferRate', 'transferRates', [RATE, USD_RATE]);
    if (name === 'PerformanceProductOptions') return { data: { products: { __typename: 'ProductConnection', edges: [] } } };
    throw new Error(`unexpected operation ${name}`);
  });
}

describe('reference data page', () => {
  it('shows reference data read-only without monitoring:write', async () => {
    referenceServer('/performance/reference', READ);
    const table = await screen.findByTestId('cost-table');
    expect(await within(table).findByText('120,000.50', { exact: false })).toBeInTheDocument();
    expect(within(table).getByText('营销费用')).toBeInTheDocument();
    expect(within(table).getByText('2026-03')).toBeInTheDocument();
    expect(screen.getByTestId('reference-read-only')).toBeInTheDocument();
    expect(screen.queryByTestId('cost-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId(`cost-delete-${COST.id}`)).not.toBeInTheDocument();
  });

  it('checks a rate on the client before asking the server', async () => {
    const { server } = referenceServer('/performance/reference?tab=transferRates', WRITE);
    await screen.findByTestId('transfer-table');
    fireEvent.click(screen.getByTestId(`transfer-edit-${RATE.id}`));
    const rate = await screen.findByTestId('transfer-form-rate');
    fireEvent.change(rate, { target: { value: '2.123456' } });
    fireEvent.click(screen.getByTestId('transfer-form-submit'));
    expect(await screen.findByText('利率最多四位小数')).toBeInTheDocument();
    fireEvent.change(rate, { target: { value: '101' } });
    expect(await screen.findByText('利率须在 0% 到 100% 之间', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(server.calls.some((c) => c.name === 'TransferRateSet')).toBe(false);
  });

  it("puts the server's errors on the fields they name and keeps the rest above the form", async () => {
    const { server } = referenceServer('/performance/reference?tab=transferRates', WRITE, (name) =>
      name === 'TransferRateSet'
        ? {
            data: {
              transferRateSet: {
                __typename: 'TransferRatePayload',
                transferRate: null,
                errors: [
                  { __typename: 'UserError', field: 'rate', code: 'INVALID', message: '利率须在 0 % 到 100 % 之间。' },
                  { __typename: 'UserError', field: null, code: 'CONFLICT', message: '他人已同时录入相同利率，请刷新。' },
                ],
              },
            },
          }
        : undefined,
    );
    await screen.findByTestId('transfer-table');
    fireEvent.click(screen.getByTestId(`transfer-edit-${RATE.id}`));
    fireEvent.change(await screen.findByTestId('transfer-form-rate'), { target: { value: '2.35' } });
    fireEvent.click(screen.getByTestId('transfer-form-submit'));
    const modal = await screen.findByTestId('transfer-form-modal');
    const fieldError = await within(modal).findByText('利率须在 0 % 到 100 % 之间。');
    expect(fieldError.closest('.ant-form-item')).toContainElement(within(modal).getByTestId('transfer-form-rate'));
    expect(within(modal).getByTestId('form-errors')).toHaveTextContent('他人已同时录入相同利率，请刷新。');
    expect(within(modal).getByTestId('form-errors')).not.toHaveTextContent('利率须在');
    // A correction keeps the currency and date and sends the rate as typed (a string, no float).
    expect(server.calls.find((c) => c.name === 'TransferRateSet')?.variables).toEqual({
      input: { currency: 'CNY', rate: '2.35', effectiveFrom: '2026-01-01' },
    });
  });

  it('records a cost for the first day of the month picked', async () => {
    const { server } = referenceServer('/performance/reference', WRITE, (name) => {
      if (name === 'PerformanceProductOptions') {
        return { data: { products: { __typename: 'ProductConnection', edges: [{ __typename: 'ProductEdge', node: { ...COST.product, family: 'DEPOSIT' } }] } } };
      }
      if (name === 'ProductCostRecord') {
        return { data: { productCostRecord: { __typename: 'ProductCostPayload', productCost: { __typename: 'ProductCost', id: 'new' }, errors: [] } } };
      }
      return undefined;
    });
    fireEvent.click(await screen.findByTestId('cost-create'));
    const modal = await screen.findByTestId('cost-form-modal');
    fireEvent.mouseDown(within(within(modal).getByTestId('cost-form-product')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('DEP-TD-12 一年定期'));
    const month = within(modal).getByTestId('cost-form-month').querySelector('input') ?? within(modal).getByTestId('cost-form-month');
    fireEvent.mouseDown(month);
    fireEvent.change(month, { target: { value: '2026-02' } });
    fireEvent.keyDown(month, { key: 'Enter', code: 'Enter' });
    fireEvent.change(within(modal).getByTestId('cost-form-amount'), { target: { value: '2500.5' } });
    fireEvent.click(screen.getByTestId('cost-form-submit'));
    await waitFor(() =>
      expect(server.calls.find((c) => c.name === 'ProductCostRecord')?.variables).toEqual({
        input: { productId: COST.product.id, month: '2026-02-01', category: 'OPERATIONS', amount: '2500.5', note: '' },
      }),
    );
  });

  it('opens each entry with its own values, not those of the entry edited before', async () => {
    referenceServer('/performance/reference?tab=transferRates', WRITE);
    await screen.findByTestId('transfer-table');
    fireEvent.click(screen.getByTestId(`transfer-edit-${RATE.id}`));
    const first = await screen.findByTestId('transfer-form-rate');
    expect(first).toHaveValue('2.2000');
    fireEvent.change(first, { target: { value: '9.99' } });
    fireEvent.click(within(screen.getByTestId('transfer-form-modal')).getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.queryByTestId('transfer-form-rate')).not.toBeInTheDocument());
    fireEvent.click(screen.getByTestId(`transfer-edit-${USD_RATE.id}`));
    expect(await screen.findByTestId('transfer-form-rate')).toHaveValue('4.1000');
  });

  it('deletes an entry after confirmation and reloads the list', async () => {
    const { server } = referenceServer('/performance/reference', WRITE, (name) =>
      name === 'ProductCostDelete'
        ? { data: { productCostDelete: { __typename: 'ProductCostDeletePayload', deletedId: COST.id, errors: [] } } }
        : undefined,
    );
    await screen.findByTestId('cost-table');
    fireEvent.click(await screen.findByTestId(`cost-delete-${COST.id}`));
    expect(server.calls.some((c) => c.name === 'ProductCostDelete')).toBe(false);
    const confirm = (await screen.findAllByRole('button', { name: /删\s*除/ })).find((b) => b.closest('.ant-popconfirm'));
    fireEvent.click(confirm!);
    await waitFor(() => expect(server.calls.find((c) => c.name === 'ProductCostDelete')?.variables).toEqual({ id: COST.id }));
    await waitFor(() => expect(server.calls.filter((c) => c.name === 'ProductCostList').length).toBeGreaterThan(1));
  });
});
