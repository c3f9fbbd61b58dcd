import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../../App';
import { RequireAuth } from '../../../components/guards';
import { fakeServer, meAnswer, type Answer } from '../../../test/mockClient';
import { performanceRoutes } from '../routes';

/** Render the performance pages alone (the console's routes.tsx wires them in later). */
export function renderPerformance(path: string, permissions: string[], handler: (name: string, variables: Record<string, unknown>) => Answer) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ username: 'risk', roles: ['RISK_OFFICER'], permissions });
    return handler(name, variables);
  });
  const router = createMemoryRouter(
    [
      { path: '/login', element: <div data-testid="login" /> },
      {
        element: <RequireAuth />,
        children: [...performanceRoutes, { path: '/products/:id', element: <div data-testid="product-page" /> }],
      },
    ],
    { initialEntries: [path] },
  );
  render(<App router={router} createClient={server.createClient} initialLocale="zh-CN" />);
  return { server, router };
}

export const money = (amount: string, currency = 'CNY') => ({ __typename: 'Money', amount, currency });
