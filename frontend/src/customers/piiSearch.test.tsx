import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../App';
import { routes } from '../routes';
import { fakeServer, meAnswer } from '../test/mockClient';
import { needsSearchReason, withSearchReason } from './components/PiiSearchReason';

describe('search by personal data', () => {
  it('needs a reason only with a phone or ID number, and sends it only then', () => {
    expect(needsSearchReason({ text: '王' })).toBe(false);
    expect(needsSearchReason({ phone: '13812345678' })).toBe(true);
    expect(needsSearchReason({ idNumber: '110105199001011234' })).toBe(true);
    expect(withSearchReason({ phone: '13812345678' }, ' 客户来电核实 ')).toEqual({ phone: '13812345678', reason: '客户来电核实' });
    expect(withSearchReason({ text: '王', reason: 'stale' }, 'x')).toEqual({ text: '王' });
  });

  it('asks why before searching customers by mobile, and sends the reason with the filter', async () => {
    const server = fakeServer((name) => {
      if (name === 'Me') return meAnswer({ username: 's', roles: ['SALES'], permissions: ['product:read', 'customer:read', 'customer:read_pii'] });
      if (name === 'CustomerList') {
        return { data: { customers: { __typename: 'CustomerConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
      }
      if (name === 'SegmentOptions') return { data: { segments: { __typename: 'SegmentConnection', edges: [] } } };
      throw new Error(`unexpected operation ${name}`);
    });
    render(<App router={createMemoryRouter(routes, { initialEntries: ['/customers'] })} createClient={server.createClient} initialLocale="zh-CN" />);
    const user = userEvent.setup();
    fireEvent.change(await screen.findByTestId('customer-filter-phone'), { target: { value: '13812345678' } });
    await user.click(screen.getByTestId('customer-filter-submit'));
    // the reason dialog opens; nothing is sent without a reason
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('按手机号或证件号查询')).toBeInTheDocument();
    await user.click(within(dialog).getByTestId('pii-search-submit'));
    expect(await within(dialog).findByText('请填写查看原因')).toBeInTheDocument();
    const searched = () => server.calls.filter((c) => c.name === 'CustomerList').map((c) => c.variables.filter as Record<string, unknown>);
    expect(searched().some((f) => f?.phone)).toBe(false);
    // with a reason the search goes out carrying it
    fireEvent.change(within(dialog).getByTestId('pii-search-reason'), { target: { value: '客户来电核实身份' } });
    await user.click(within(dialog).getByTestId('pii-search-submit'));
    await waitFor(() => expect(searched().some((f) => f?.phone === '13812345678' && f.reason === '客户来电核实身份')).toBe(true));
  });
});
