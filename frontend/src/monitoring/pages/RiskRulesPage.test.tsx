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
