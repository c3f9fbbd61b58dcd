import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';

const ID = 'QWxlcnQ6MQ==';

const alert = {
  __typename: 'Alert',
  id: ID,
  family: 'LOAN',
  severity: 'CRITICAL',
  status: 'OPEN',
  metric: 'TX_COUNT',
  value: '-71.4286',
  threshold: '-50.0000',
  baseline: '0.5000',
  businessDate: '2026-05-01',
  raisedAt: '2026-05-01T08:00:00+00:00',
  updatedAt: '2026-05-01T08:00:00+00:00',
  version: 3,
  ruleCode: 'TX_VOLUME_DROP',
  productCode: 'DEP-TD-2026A',
  autoResolved: false,
  actionTaken: null,
  acknowledgedAt: null,
  resolvedAt: null,
  resolutionNote: '',
  assignee: null,
  acknowledgedBy: null,
  resolvedBy: null,
  rule: {
    __typename: 'RiskRule',
    id: 'rule-1',
    nameZh: '产品交易量',
    nameEn: 'Product transaction volume',
    code: 'TX_VOLUME_DROP',
    condition: 'CHANGE_VS_AVERAGE',
    scope: 'ALL',
    windowDays: 7,
    baselineDays: 28,
    warningLevel: '-30.0000',
    criticalLevel: '-50.0000',
    normalLow: '-30.0000',
    normalHigh: null,
  },
  product: { __typename: 'Product', id: 'product-1', nameZh: '定期存款', nameEn: 'Time deposit', code: 'DEP-TD-2026A', status: 'ON_SALE' },
  history: [{ __typename: 'AlertHistoryEntry', kind: 'RAISED', severity: 'CRITICAL', status: 'OPEN', value: '-71.4286', note: '', actorName: 'monitoring', at: '2026-05-01T08:00:00+00:00' }],
};

function renderAlert(permissions: string[], resolve?: (variables: Record<string, unknown>) => Answer) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ username: 'risk', displayName: '风险官', roles: ['RISK_OFFICER'], permissions });
    if (name === 'AlertDetail') return { data: { node: alert } };
    if (name === 'AlertsSince') {
      return { data: { alerts: { __typename: 'AlertConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
    }
    if (name === 'RiskAlerts') return { data: null } as unknown as Answer;
    if (name === 'AlertResolve' && resolve) return resolve(variables);
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: [`/monitoring/alerts/${encodeURIComponent(ID)}`] });
  render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
  return server;
}

describe('AlertPage', () => {
  it('shows the breach as a percent change, the history, and no actions to a reader', async () => {
    renderAlert(['product:read', 'monitoring:read']);
    const page = await screen.findByTestId('alert-page');
    expect(screen.getByTestId('alert-title')).toHaveTextContent('Time deposit: Product transaction volume -71.43% (level -50%)');
    expect(screen.getByTestId('alert-value')).toHaveTextContent('-71.43%');
    expect(within(page).getByText('last 7 days vs. 28 days before', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('alert-history-entry')).toHaveAttribute('data-kind', 'RAISED');
    expect(screen.queryByTestId('alert-actions')).not.toBeInTheDocument();
  });

  it('resolves with a required note and the version read, and explains and reloads on a conflict', async () => {
    const sent: Record<string, unknown>[] = [];
    const server = renderAlert(['product:read', 'monitoring:read', 'alert:manage'], (variables) => {
      sent.push(variables);
      return {
        data: {
          alertResolve: {
            __typename: 'AlertPayload',
            alert: null,
            errors: [{ __typename: 'UserError', field: 'version', code: 'CONFLICT', message: 'Someone changed this in the meantime; reload and try again.' }],
          },
        },
      };
    });
    await screen.findByTestId('alert-actions');
    expect(screen.getByTestId('alert-acknowledge')).toBeInTheDocument();

    // when resolving without a note, the form asks for one and sends nothing
    fireEvent.click(screen.getByTestId('alert-resolve'));
    fireEvent.click(await screen.findByTestId('alert-action-submit'));
    expect(await screen.findByText('Say how it was resolved')).toBeInTheDocument();
    expect(sent).toEqual([]);

    // when a note is given, the server's conflict is shown with a way to reload, and the alert is read again
    const readsBefore = server.calls.filter((call) => call.name === 'AlertDetail').length;
    fireEvent.change(screen.getByTestId('alert-action-note'), { target: { value: 'Volume back after the holiday' } });
    fireEvent.click(screen.getByTestId('alert-action-submit'));
    await waitFor(() => expect(sent).toEqual([{ id: ID, expectedVersion: 3, note: 'Volume back after the holiday' }]));
    expect(await screen.findByTestId('form-errors')).toHaveTextContent('Someone changed this in the meantime');
    expect(screen.getByTestId('alert-action-reload')).toBeInTheDocument();
    await waitFor(() => expect(server.calls.filter((call) => call.name === 'AlertDetail').length).toBeGreaterThan(readsBefore));
  });
});
