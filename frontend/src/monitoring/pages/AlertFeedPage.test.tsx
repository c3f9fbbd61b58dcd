import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer } from '../../test/mockClient';

const RISK = ['product:read', 'monitoring:read', 'monitoring:write', 'alert:manage'];

function alertNode(id: string, severity: string, updatedAt: string, productCode: string) {
  return {
    __typename: 'Alert',
    id,
    family: 'LOAN',
    severity,
    status: 'OPEN',
    metric: 'NPL_RATIO',
    value: '9.3750',
    threshold: severity === 'CRITICAL' ? '8.0000' : '5.0000',
    baseline: null,
    businessDate: '2026-05-01',
    raisedAt: updatedAt,
    updatedAt,
    version: 1,
    ruleCode: 'LOAN_NPL_RATIO',
    productCode,
    autoResolved: false,
    actionTaken: null,
    rule: { __typename: 'RiskRule', id: 'rule-1', nameZh: '贷款不良率', nameEn: 'Loan NPL ratio' },
    product: { __typename: 'Product', id: `product-${productCode}`, nameZh: `产品 ${productCode}`, nameEn: `Product ${productCode}` },
  };
}

function renderFeed() {
  // An old WARNING comes with the catch-up; a CRITICAL arrives live on the subscription.
  const older = alertNode('alert-old', 'WARNING', '2020-01-01T00:00:00+00:00', 'LN-OLD');
  const live = alertNode('alert-live', 'CRITICAL', new Date().toISOString(), 'LN-LIVE');
  const server = fakeServer((name) => {
    if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], permissions: RISK });
    if (name === 'AlertsSince') {
      return {
        data: {
          alerts: {
            __typename: 'AlertConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [{ __typename: 'AlertEdge', node: older }],
          },
        },
      };
    }
    if (name === 'RiskAlerts') {
      return { data: { riskAlerts: { __typename: 'RiskAlertEvent', change: 'RAISED', at: live.updatedAt, alert: live } } };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: ['/monitoring/feed'] });
  render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);
  return server;
}

describe('AlertFeedPage', () => {
  it('merges the catch-up with live events and cues a new CRITICAL alert until it is seen', async () => {
    const server = renderFeed();
    const page = await screen.findByTestId('alert-feed-page');

    // both alerts are listed, the live one first, and only it is cued
    await waitFor(() => expect(within(page).getAllByTestId('feed-row')).toHaveLength(2));
    const rows = within(page).getAllByTestId('feed-row');
    expect(rows.map((row) => row.getAttribute('data-product-code'))).toEqual(['LN-LIVE', 'LN-OLD']);
    expect(rows[0]).toHaveAttribute('data-unseen', 'true');
    expect(rows[0]).toHaveClass('bankpm-feed-row-unseen');
    expect(rows[1]).toHaveAttribute('data-unseen', 'false');
    expect(within(rows[0]).getByTestId('feed-value')).toHaveTextContent('9.375% / 8%');
    expect(await screen.findByTestId('critical-notification')).toHaveTextContent('Product LN-LIVE: Loan NPL ratio 9.375% (level 8%)');
    expect(screen.getByTestId('alert-bell')).toHaveAttribute('data-unseen', '1');
    expect(screen.getByTestId('alert-feed-menu-badge')).toBeInTheDocument();
    expect(screen.getByTestId('feed-connection')).toHaveAttribute('data-status', 'connected');

    // the subscription asked for everything; the catch-up started before the page opened
    const subscription = server.calls.find((call) => call.name === 'RiskAlerts');
    expect(subscription?.variables).toEqual({ filter: { minSeverity: null, families: null } });
    const catchUp = server.calls.find((call) => call.name === 'AlertsSince');
    expect(Date.parse(String(catchUp?.variables.since))).toBeLessThan(Date.now());

  });

  it('re-subscribes and catches up when the filter changes, and drops the cue once seen', async () => {
    const server = renderFeed();
    const page = await screen.findByTestId('alert-feed-page');
    await waitFor(() => expect(within(page).getAllByTestId('feed-row')).toHaveLength(2));

    // a minimum severity re-subscribes, catches up again and hides the WARNING
    const before = server.calls.length;
    fireEvent.mouseDown(within(screen.getByTestId('feed-min-severity')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('Critical and above'));
    await waitFor(() => expect(within(page).getAllByTestId('feed-row')).toHaveLength(1));
    const again = server.calls.slice(before);
    expect(again.find((call) => call.name === 'RiskAlerts')?.variables).toEqual({ filter: { minSeverity: 'CRITICAL', families: null } });
    expect(again.find((call) => call.name === 'AlertsSince')?.variables.filter).toEqual({ minSeverity: 'CRITICAL', families: null });

    // marking everything seen ends the cue
    fireEvent.click(screen.getByTestId('feed-mark-all-seen'));
    await waitFor(() => expect(screen.getByTestId('alert-bell')).toHaveAttribute('data-unseen', '0'));
    expect(within(page).getByTestId('feed-row')).toHaveAttribute('data-unseen', 'false');
    expect(screen.queryByTestId('alert-feed-menu-badge')).not.toBeInTheDocument();
  });
});
