import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../App';
import { routes } from '../routes';
import { fakeServer, meAnswer, unauthenticated } from '../test/mockClient';

const AUDITOR = {
  username: 'auditor',
  displayName: '吴审计',
  roles: ['AUDITOR'],
  permissions: ['product:read', 'customer:read', 'sales:read', 'report:read', 'audit:read'],
};

function renderAs(me: Record<string, unknown>, path = '/') {
  let signedIn = true;
  const server = fakeServer((name) => {
    if (name === 'Me') return signedIn ? meAnswer(me) : unauthenticated;
    if (name === 'Logout') {
      signedIn = false;
      return { data: { logout: { __typename: 'LogoutPayload', errors: [] } } };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<App router={router} createClient={server.createClient} initialLocale="zh-CN" />);
  return { server, router };
}

describe('console frame', () => {
  it("shows an auditor the audit log and the auditor's roles, but no administration", async () => {
    renderAs(AUDITOR);
    expect(await screen.findByTestId('nav-audit')).toHaveTextContent('审计日志');
    expect(screen.queryByTestId('nav-users')).toBeNull();
    expect(screen.queryByTestId('nav-apiKeys')).toBeNull();
    expect(screen.getByTestId('home-title')).toHaveTextContent('欢迎，吴审计');
  });

  it('refuses a page the menu hides', async () => {
    renderAs(AUDITOR, '/admin/api-keys');
    expect(await screen.findByTestId('forbidden')).toHaveTextContent('无权访问');
  });

  it('switches every label to English and remembers the choice', async () => {
    renderAs({});
    const user = userEvent.setup();
    expect(await screen.findByTestId('nav-users')).toHaveTextContent('用户管理');
    await user.click(screen.getByTestId('lang-en-US'));
    expect(screen.getByTestId('nav-users')).toHaveTextContent('Users');
    expect(screen.getByTestId('nav-apiKeys')).toHaveTextContent('API keys');
    expect(screen.getByTestId('app-title')).toHaveTextContent('Bank Product Management');
    expect(window.localStorage.getItem('bankpm.locale')).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('signs out through the server and returns to the sign-in page', async () => {
    const { server, router } = renderAs({});
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('sign-out'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByTestId('sign-in-card')).toBeInTheDocument();
    expect(server.calls.map((c) => c.name)).toContain('Logout');
  });
});
