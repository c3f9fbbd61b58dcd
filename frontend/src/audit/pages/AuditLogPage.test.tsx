import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';

const empty = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };

const accessPage: Answer = {
  data: {
    customerAccesses: {
      __typename: 'CustomerAccessConnection',
      totalCount: 1,
      pageInfo: empty,
      edges: [
        {
          __typename: 'CustomerAccessEdge',
          cursor: 'c1',
          node: {
            __typename: 'CustomerAccess',
            id: 'Q3VzdG9tZXJBY2Nlc3M6MQ==',
            actorType: 'USER',
            actorName: 'heavy',
            customerId: 'Q3VzdG9tZXI6Nw==',
            customerNo: 'A0000007',
            customerName: '客户7',
            kind: 'EXPORT',
            through: 'customerExport',
            hour: '2026-12-03T02:00:00+00:00',
            firstAt: '2026-12-03T02:05:00+00:00',
            lastAt: '2026-12-03T02:06:00+00:00',
            count: 3,
          },
        },
      ],
    },
  },
};

const refusalPage: Answer = {
  data: {
    refusalCounts: {
      __typename: 'RefusalCountConnection',
      totalCount: 1,
      pageInfo: empty,
      edges: [
        {
          __typename: 'RefusalCountEdge',
          cursor: 'r1',
          node: {
            __typename: 'RefusalCount',
            id: 'UmVmdXNhbENvdW50OjE=',
            actorType: 'API_KEY',
            actorId: 'QXBpS2V5OjM=',
            actorName: 'nightly-export',
            minute: '2026-12-03T02:05:00+00:00',
            firstAt: '2026-12-03T02:05:01+00:00',
            lastAt: '2026-12-03T02:05:59+00:00',
            count: 42,
          },
        },
      ],
    },
  },
};

function auditorServer(refusals: (variables: Record<string, unknown>) => Answer) {
  return fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ username: 'auditor', roles: ['AUDITOR'], permissions: ['audit:read', 'customer:read'] });
    if (name === 'AuditEventList') return { data: { auditEvents: { __typename: 'AuditEventConnection', totalCount: 0, pageInfo: empty, edges: [] } } };
    if (name === 'RefusalCountList') return refusals(variables);
    throw new Error(`unexpected operation ${name}`);
  });
}

describe('AuditLogPage', () => {
  it('shows who read which customer and filters the access log by customer number', async () => {
    // given an auditor on the audit page
    const server = fakeServer((name) => {
      if (name === 'Me') return meAnswer({ username: 'auditor', roles: ['AUDITOR'], permissions: ['audit:read', 'customer:read'] });
      if (name === 'AuditEventList') return { data: { auditEvents: { __typename: 'AuditEventConnection', totalCount: 0, pageInfo: empty, edges: [] } } };
      if (name === 'CustomerAccessList') return accessPage;
      throw new Error(`unexpected operation ${name}`);
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/audit'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);

    // when the customer data access tab is opened
    fireEvent.click(await screen.findByRole('tab', { name: 'Customer data access' }, { timeout: 5000 }));

    // then the reads are listed with user, customer, kind and count
    expect(await screen.findByText('A0000007')).toBeInTheDocument();
    expect(screen.getByText('heavy')).toBeInTheDocument();
    expect(screen.getByText('Export')).toBeInTheDocument();

    // and a customer number goes to the API as the filter
    fireEvent.change(screen.getByPlaceholderText('Exact customer number'), { target: { value: ' A0000007 ' } });
    fireEvent.click(screen.getByTestId('access-filter-submit'));
    await waitFor(() =>
      expect(server.calls.filter((call) => call.name === 'CustomerAccessList').at(-1)?.variables).toMatchObject({
        filter: { customerNo: 'A0000007' },
      }),
    );
  });

  it('lists refused requests per actor and minute and filters them by actor name', async () => {
    // given an auditor on the audit page
    const server = auditorServer(() => refusalPage);
    const router = createMemoryRouter(routes, { initialEntries: ['/audit'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);

    // when the refused requests tab is opened
    fireEvent.click(await screen.findByRole('tab', { name: 'Refused requests' }, { timeout: 5000 }));

    // then each row shows the actor, its type and the count
    expect(await screen.findByText('nightly-export')).toBeInTheDocument();
    expect(screen.getByText('API key')).toBeInTheDocument();
    expect(screen.getByText('42')).toBeInTheDocument();

    // and an actor name goes to the API, trimmed
    fireEvent.change(screen.getByTestId('refusal-filter-actor'), { target: { value: ' nightly-export ' } });
    fireEvent.click(screen.getByTestId('refusal-filter-submit'));
    await waitFor(() =>
      expect(server.calls.filter((call) => call.name === 'RefusalCountList').at(-1)?.variables).toMatchObject({
        actorName: 'nightly-export',
        first: 20,
      }),
    );
  });

  it('says so when nothing was refused, and shows an error when the query fails', async () => {
    // given a server with no refusals at first, then a failure
    let fail = false;
    const server = auditorServer(() =>
      fail
        ? { errors: [{ message: 'boom', extensions: { code: 'FORBIDDEN' } }] }
        : { data: { refusalCounts: { __typename: 'RefusalCountConnection', totalCount: 0, pageInfo: empty, edges: [] } } },
    );
    const router = createMemoryRouter(routes, { initialEntries: ['/audit'] });
    render(<App router={router} createClient={server.createClient} initialLocale="en-US" />);

    // when the tab is opened, the empty state shows
    fireEvent.click(await screen.findByRole('tab', { name: 'Refused requests' }, { timeout: 5000 }));
    expect(await screen.findByText('No refused requests')).toBeInTheDocument();

    // and when a new search fails, the error alert shows
    fail = true;
    fireEvent.change(screen.getByTestId('refusal-filter-actor'), { target: { value: 'x' } });
    fireEvent.click(screen.getByTestId('refusal-filter-submit'));
    expect(await screen.findByTestId('error-alert')).toBeInTheDocument();
  });
});
