import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../App';
import type { Locale } from '../i18n/messages';
import { routes } from '../routes';
import { fakeServer, meAnswer, unauthenticated, pendingRoleGrantsAnswer, userListAnswer, type Answer } from '../test/mockClient';

function loginErrors(code: string, message: string): Answer {
  return { data: { login: { __typename: 'LoginPayload', user: null, errors: [{ __typename: 'UserError', field: null, code, message }] } } };
}

/** The console at `path` against a fake server where `password` is admin's password. */
function renderConsole({
  path = '/',
  locale = 'zh-CN',
  loginAnswer,
}: { path?: string; locale?: Locale; loginAnswer?: (password: string) => Answer } = {}) {
  let signedIn = false;
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return signedIn ? meAnswer() : unauthenticated;
    if (name === 'Login') {
      const answer = loginAnswer?.(String(variables.password));
      if (answer) return answer;
      signedIn = true;
      return { data: { login: { __typename: 'LoginPayload', user: { __typename: 'User', id: 'VXNlcjox', username: 'admin' }, errors: [] } } };
    }
    if (name === 'UserList') return userListAnswer([]);
    if (name === 'PendingRoleGrants') return pendingRoleGrantsAnswer();
    throw new Error(`unexpected operation ${name}`);
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<App router={router} createClient={server.createClient} initialLocale={locale} />);
  return { server, router };
}

async function fillAndSubmit(username: string, password: string) {
  const user = userEvent.setup();
  if (username) await user.type(screen.getByTestId('sign-in-username'), username);
  if (password) await user.type(screen.getByTestId('sign-in-password'), password);
  await user.click(screen.getByTestId('sign-in-submit'));
}

describe('sign-in page', () => {
  it('is where a visitor without a session lands', async () => {
    const { router } = renderConsole({ path: '/admin/users' });
    expect(await screen.findByTestId('sign-in-card')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByText('银行产品管理系统')).toBeInTheDocument();
  });

  it('requires username and password before asking the server', async () => {
    const { server } = renderConsole({ path: '/login' });
    await screen.findByTestId('sign-in-card');
    await fillAndSubmit('', '');
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(server.calls.map((c) => c.name)).not.toContain('Login');
  });

  it("shows the server's message for a wrong password and clears the password", async () => {
    renderConsole({
      path: '/login',
      loginAnswer: () => loginErrors('INVALID_CREDENTIALS', '用户名或密码错误（服务器）'),
    });
    await screen.findByTestId('sign-in-card');
    await fillAndSubmit('admin', 'wrong-password');
    const alert = await screen.findByTestId('sign-in-error');
    expect(within(alert).getByText('用户名或密码错误（服务器）')).toBeInTheDocument();
    expect(screen.getByTestId('sign-in-password')).toHaveValue('');
  });

  it('explains a locked account even when the server gives no text', async () => {
    renderConsole({ path: '/login', locale: 'en-US', loginAnswer: () => loginErrors('ACCOUNT_LOCKED', '') });
    await screen.findByTestId('sign-in-card');
    await fillAndSubmit('risk', 'whatever-password');
    const alert = await screen.findByTestId('sign-in-error');
    expect(alert).toHaveTextContent(/locked/i);
  });

  it('signs in and goes back to the page that asked for it', async () => {
    const { router, server } = renderConsole({ path: '/admin/users' });
    await screen.findByTestId('sign-in-card');
    await fillAndSubmit('admin', 'bankpm-demo');
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    expect(server.calls.find((c) => c.name === 'Login')?.variables).toEqual({ username: 'admin', password: 'bankpm-demo' });
    expect(await screen.findByTestId('nav-users', {}, { timeout: 5000 })).toHaveTextContent('用户管理');
  });

  it('speaks English when asked to', async () => {
    renderConsole({ path: '/login', locale: 'en-US' });
    await screen.findByTestId('sign-in-card');
    expect(screen.getByTestId('sign-in-submit')).toHaveTextContent('Sign in');
    expect(screen.getByText('Bank Product Management')).toBeInTheDocument();
  });
});
