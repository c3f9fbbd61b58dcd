import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';

const rule = {
  __typename: 'RiskRule',
  id: 'Umlza1J1bGU6MQ==',
  code: 'TX_VOLUME_DROP',
  nameZh: '交易量下降',
  nameEn: 'Transaction volume drop',
  description: '',
  metric: 'TX_COUNT',
  scope: 'ALL',
  family: null,
  condition: 'CHANGE_VS_AVERAGE',
  normalLow: '-30.0000',
  normalHigh: null,
  warningLevel: '-30.0000',
  criticalLevel: '-50.0000',
  windowDays: 7,
  baselineDays: 28,
  enabled: true,
  autoAction: 'NONE',
  version: 5,
  updatedAt: '2026-05-01T08:00:00+00:00',
  product: null,
  owner: null,
  pendingChange: null,
};

const rulesPage: Answer = {
  data: {
    riskRules: {
      __typename: 'RiskRuleConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [{ __typename: 'RiskRuleEdge', cursor: 'c1', node: rule }],
    },
  },
};

const accessRule = {
  __typename: 'AccessRule',
  id: 'QWNjZXNzUnVsZTox',
  code: 'CUSTOMER_ACCESS_VOLUME',
  nameZh: '客户数据异常访问',
  nameEn: 'Unusual customer data access',
  kinds: ['EXPORT', 'VIEW'],
  windowMinutes: 60,
  threshold: 200,
  criticalThreshold: 1000,
  enabled: true,
};

const accessRulesPage: Answer = {
  data: { accessRules: { __typename: 'AccessRuleConnection', edges: [{ __typename: 'AccessRuleEdge', node: accessRule }] } },
};

describe('RiskRulesPage', () => {
  it('sends the version shown as expectedVersion and reads the rules again on a conflict', async () => {
    // given a risk officer on the rules page, and a rule someone else changed meanwhile
    const server = fakeServer((name) => {
      if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], permissions: ['product:read', 'monitoring:read', 'monitoring:write'] });
      if (name === 'RiskRules') return rulesPage;
      if (name === 'AccessRules') return accessRulesPage;
      if (name === 'AlertsSince') {
        return { data: { alerts: { __typename: 'AlertConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
      }
      if (name === 'RiskAlerts') return { data: null } as unknown as Answer;
      if (name === 'RiskRuleUpdate') {
        return {
          data: {
            riskRuleUpdate: {
              __typename: 'RiskRulePayload',
              riskRule: null,
              errors: [{ __typename: 'UserError', field: 'expectedVersion', code: 'CONFLICT', message: 'Someone else changed this rule; reload and try again.' }],
            },
          },
        };
      }
      throw new Error(`unexpected operation ${name}`);
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/monitoring/rules'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
    const toggle = await screen.findByTestId('rule-toggle-TX_VOLUME_DROP', {}, { timeout: 5000 });
    const reads = server.calls.filter((call) => call.name === 'RiskRules').length;

    // when the rule is switched off
    fireEvent.click(toggle);

    // then the version shown goes as expectedVersion, the conflict is explained and the list read again
    await waitFor(() =>
      expect(server.calls.find((call) => call.name === 'RiskRuleUpdate')?.variables).toEqual({
        id: rule.id,
        expectedVersion: 5,
        input: { enabled: false },
      }),
    );
    expect(await screen.findByText('Someone else changed this rule; reload and try again.')).toBeInTheDocument();
    await waitFor(() => expect(server.calls.filter((call) => call.name === 'RiskRules').length).toBeGreaterThan(reads));
  });

  it('shows the access rule and sends a lowered threshold', async () => {
    // given a risk officer on the rules page
    const server = fakeServer((name) => {
      if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], permissions: ['product:read', 'monitoring:read', 'monitoring:write'] });
      if (name === 'RiskRules') return rulesPage;
      if (name === 'AccessRules') return accessRulesPage;
      if (name === 'AlertsSince') {
        return { data: { alerts: { __typename: 'AlertConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
      }
      if (name === 'RiskAlerts') return { data: null } as unknown as Answer;
      if (name === 'AccessRuleUpdate') {
        return { data: { accessRuleUpdate: { __typename: 'AccessRulePayload', accessRule: { ...accessRule, threshold: 50 }, errors: [] } } };
      }
      throw new Error(`unexpected operation ${name}`);
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/monitoring/rules'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
    const edit = await screen.findByTestId('access-rule-edit', {}, { timeout: 5000 });
    expect(screen.getByText('Unusual customer data access', { selector: 'td' })).toBeInTheDocument();

    // when the threshold is lowered to 50 and saved
    fireEvent.click(edit);
    const threshold = await screen.findByTestId('access-rule-threshold');
    fireEvent.change(threshold, { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));

    // then the rule's values go to accessRuleUpdate
    await waitFor(() =>
      expect(server.calls.find((call) => call.name === 'AccessRuleUpdate')?.variables).toEqual({
        id: accessRule.id,
        input: { kinds: ['EXPORT', 'VIEW'], windowMinutes: 60, threshold: 50, criticalThreshold: 1000, enabled: true },
      }),
    );
  });
});

const PROPOSER = 'VXNlcjox';
const pendingRule = {
  ...rule,
  pendingChange: {
    __typename: 'RiskRuleChange',
    id: 'Umlza1J1bGVDaGFuZ2U6Nw==',
    version: 1,
    status: 'PENDING',
    reasons: ['LEVEL_LOOSENED'],
    proposedByName: '风险官甲',
    proposedAt: '2026-05-01T08:00:00+00:00',
    proposedBy: { __typename: 'User', id: PROPOSER, displayName: '风险官甲' },
    changes: [{ __typename: 'RiskRuleFieldChange', field: 'warningLevel', before: '-30', after: '-40' }],
  },
};

function pendingServer(me: { id: string; permissions: string[] }) {
  return fakeServer((name) => {
    if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], ...me });
    if (name === 'RiskRules') {
      return {
        data: {
          riskRules: {
            __typename: 'RiskRuleConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            edges: [{ __typename: 'RiskRuleEdge', cursor: 'c1', node: pendingRule }],
          },
        },
      };
    }
    if (name === 'AlertsSince') {
      return { data: { alerts: { __typename: 'AlertConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
    }
    if (name === 'RiskAlerts') return { data: null } as unknown as Answer;
    if (name === 'AccessRules') return accessRulesPage;
    if (name === 'RiskRuleChangeApprove') {
      return { data: { riskRuleChangeApprove: { __typename: 'RiskRuleChangePayload', change: { __typename: 'RiskRuleChange', id: pendingRule.pendingChange.id, status: 'APPROVED', version: 2 }, errors: [] } } };
    }
    throw new Error(`unexpected operation ${name}`);
  });
}

const OFFICER = ['product:read', 'monitoring:read', 'monitoring:write', 'monitoring:approve_rule'];

describe('RiskRulesPage pending changes', () => {
  it('shows who proposed a loosening change and lets a second risk officer approve it', async () => {
    // given a second risk officer and a change another officer proposed
    const server = pendingServer({ id: 'VXNlcjoy', permissions: OFFICER });
    const router = createMemoryRouter(routes, { initialEntries: ['/monitoring/rules'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
    // then the change is shown with its proposer and reason
    expect(await screen.findByTestId('rule-pending-by-TX_VOLUME_DROP', {}, { timeout: 5000 })).toHaveTextContent('风险官甲');
    expect(screen.getByText('Loosens a level')).toBeInTheDocument();
    expect(screen.queryByTestId('rule-change-withdraw-TX_VOLUME_DROP')).toBeNull();
    // when they approve it
    const approve = screen.getByTestId('rule-change-approve-TX_VOLUME_DROP');
    expect(approve).toBeEnabled();
    fireEvent.click(approve);
    // then the change's version goes as expectedVersion
    await waitFor(() =>
      expect(server.calls.find((call) => call.name === 'RiskRuleChangeApprove')?.variables).toEqual({
        id: pendingRule.pendingChange.id,
        expectedVersion: 1,
      }),
    );
  });

  it('disables approve and reject for the proposer, saying why, and offers withdraw', async () => {
    // given the risk officer who proposed the change
    const server = pendingServer({ id: PROPOSER, permissions: OFFICER });
    const router = createMemoryRouter(routes, { initialEntries: ['/monitoring/rules'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
    // then they cannot decide it themselves, and the page says why
    expect(await screen.findByTestId('rule-change-approve-TX_VOLUME_DROP', {}, { timeout: 5000 })).toBeDisabled();
    expect(screen.getByTestId('rule-change-reject-TX_VOLUME_DROP')).toBeDisabled();
    expect(screen.getByTestId('rule-change-blocker-TX_VOLUME_DROP')).toHaveTextContent('another risk officer decides it');
    expect(screen.getByTestId('rule-change-withdraw-TX_VOLUME_DROP')).toBeEnabled();
  });
});
