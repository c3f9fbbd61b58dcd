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
});
