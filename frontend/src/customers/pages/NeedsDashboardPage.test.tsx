import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer } from '../../test/mockClient';

const condition = {
  op: 'AND',
  args: [
    { field: 'cross_border_count', cmp: 'GTE', value: 3, window_days: 90, as: 'crossBorderCount' },
    { op: 'NOT', args: [{ field: 'holds_family', cmp: 'EQ', value: 'FX', as: 'fxHoldings' }] },
  ],
};
const rule = {
  __typename: 'NeedRule',
  id: 'TmVlZFJ1bGU6MQ==',
  code: 'CROSS_BORDER_FINANCE',
  name: '跨境金融需求',
  description: '90 天内跨境交易不少于 3 笔且未持有外汇产品。',
  condition,
  suggestFamilies: ['FX'],
  suggestSubtypes: ['STRUCTURED_DEPOSIT'],
  enabled: true,
  version: 4,
  updatedAt: '2026-05-01T00:00:00Z',
};

function renderNeeds(permissions: string[]) {
  const server = fakeServer((name) => {
    if (name === 'Me') return meAnswer({ username: 'analyst', roles: ['ANALYST'], permissions });
    if (name === 'SegmentOptions') return { data: { segments: { __typename: 'SegmentConnection', edges: [] } } };
    if (name === 'NeedsSummary') {
      return {
        data: {
          needsSummary: {
            __typename: 'NeedsSummary',
            population: 2000,
            refreshedAt: '2026-05-01T00:00:00Z',
            rules: [{ __typename: 'NeedRuleCount', rule: { __typename: 'NeedRule', id: rule.id, code: rule.code, name: rule.name }, customerCount: 85, share: 0.0425 }],
          },
        },
      };
    }
    if (name === 'NeedRules') {
      return {
        data: {
          needRules: {
            __typename: 'NeedRuleConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            edges: [{ __typename: 'NeedRuleEdge', node: rule }],
          },
        },
      };
    }
    if (name === 'NeedRuleUpdate') return { data: { needRuleUpdate: { __typename: 'NeedRulePayload', needRule: rule, errors: [] } } };
    throw new Error(`unexpected operation ${name}`);
  });
  render(<App router={createMemoryRouter(routes, { initialEntries: ['/customers/needs'] })} createClient={server.createClient} initialLocale="zh-CN" />);
  return server;
}

describe('needs dashboard', () => {
  it('lists the rules with their counts, read-only without need:write', async () => {
    renderNeeds(['product:read', 'customer:read']);
    const table = await screen.findByTestId('need-rules-table');
    expect(await within(table).findByText('跨境金融需求')).toBeInTheDocument();
    expect(within(table).getByText('85')).toBeInTheDocument();
    expect(screen.getByText('范围内客户共 2000 位')).toBeInTheDocument();
    expect(screen.queryByTestId('needs-refresh')).toBeNull();
    expect(screen.queryByTestId('need-rule-edit-CROSS_BORDER_FINANCE')).toBeNull();
  });

  it('edits a rule condition in the tree editor and sends it with the version it was read at', async () => {
    const server = renderNeeds(['product:read', 'customer:read', 'need:write']);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('need-rule-edit-CROSS_BORDER_FINANCE'));
    const dialog = await screen.findByRole('dialog');
    const count = within(dialog).getByTestId('rule-cond-0-0');
    const input = within(count).getByTestId('rule-value');
    fireEvent.change(input.tagName === 'INPUT' ? input : input.querySelector('input')!, { target: { value: '5' } });
    await user.click(within(dialog).getByTestId('need-rule-save'));
    await waitFor(() => expect(server.calls.map((c) => c.name)).toContain('NeedRuleUpdate'));
    const sent = server.calls.find((c) => c.name === 'NeedRuleUpdate')!.variables;
    expect(sent.expectedVersion).toBe(4);
    expect(sent.input).toMatchObject({
      suggestFamilies: ['FX'],
      suggestSubtypes: ['STRUCTURED_DEPOSIT'],
      condition: {
        op: 'AND',
        args: [{ ...condition.args[0], value: 5 }, condition.args[1]],
      },
    });
  });
});
