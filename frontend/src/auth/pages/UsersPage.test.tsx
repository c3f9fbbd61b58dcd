import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, userListAnswer, type Answer, type UserNode } from '../../test/mockClient';

const zhang: UserNode = {
  id: 'VXNlcjoy',
  username: 'zhang.san',
  displayName: '张三',
  branch: '上海分行',
  roles: ['PRODUCT_MANAGER'],
  isActive: true,
  lastLoginAt: null,
  createdAt: '2025-01-02T03:04:05Z',
};

/** Set an input's value at once (typing key by key through antd in jsdom is slow). */
function fill(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}

function renderUsers(createAnswer?: (input: Record<string, unknown>) => Answer) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer();
    if (name === 'UserList') return userListAnswer([zhang], 41, true);
    if (name === 'UserCreate' && createAnswer) return createAnswer(variables.input as Record<string, unknown>);
    throw new Error(`unexpected operation ${name}`);
  });
  render(
    <App
      router={createMemoryRouter(routes, { initialEntries: ['/admin/users'] })}
      createClient={server.createClient}
      initialLocale="zh-CN"
    />,
  );
  return server;
}

describe('users page', () => {
  it('lists a page of users with the total the server counted', async () => {
    const server = renderUsers();
    const table = await screen.findByTestId('users-table');
    expect(await within(table).findByText('zhang.san')).toBeInTheDocument();
    expect(within(table).getByText('产品经理')).toBeInTheDocument();
    expect(screen.getByTestId('pager-total')).toHaveTextContent('共 41 条');
    expect(screen.getByTestId('pager-page')).toHaveTextContent('第 1 / 3 页');
    expect(server.calls.find((c) => c.name === 'UserList')?.variables).toMatchObject({ first: 20, after: null });
  });

  it('asks for the next page with the end cursor of this one', async () => {
    const server = renderUsers();
    await screen.findByText('zhang.san');
    await userEvent.setup().click(screen.getByTestId('pager-next'));
    await waitFor(() =>
      expect(server.calls.filter((c) => c.name === 'UserList').at(-1)?.variables).toMatchObject({
        first: 20,
        after: 'cursor-1',
      }),
    );
  });

  it('validates the new-user form before sending anything', async () => {
    const server = renderUsers();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByTestId('user-form-username'), 'Bad Name');
    fill(within(dialog).getByTestId('user-form-password'), 'short');
    await user.click(within(dialog).getByTestId('user-form-submit'));
    expect(await within(dialog).findByText(/用户名为 2–32 位/)).toBeInTheDocument();
    expect(await within(dialog).findByText('密码至少 12 位')).toBeInTheDocument();
    expect(await within(dialog).findByText('请输入姓名')).toBeInTheDocument();
    expect(await within(dialog).findByText('请至少选择一个角色')).toBeInTheDocument();
    expect(server.calls.map((c) => c.name)).not.toContain('UserCreate');
  });

  it('shows a server-side field error next to its field', async () => {
    const server = renderUsers(() => ({
      data: {
        userCreate: {
          __typename: 'UserPayload',
          user: null,
          errors: [{ __typename: 'UserError', field: 'username', code: 'DUPLICATE', message: '用户名已存在' }],
        },
      },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByTestId('user-form-username'), 'zhang.san');
    fill(within(dialog).getByTestId('user-form-display-name'), '张三');
    await user.click(within(dialog).getByRole('combobox'));
    await user.click(await screen.findByTitle('审计'));
    fill(within(dialog).getByTestId('user-form-password'), 'long-enough-1');
    fill(within(dialog).getByLabelText('确认密码'), 'long-enough-1');
    await user.click(within(dialog).getByTestId('user-form-submit'));
    expect(await within(dialog).findByText('用户名已存在')).toBeInTheDocument();
    expect(server.calls.find((c) => c.name === 'UserCreate')?.variables.input).toEqual({
      username: 'zhang.san',
      displayName: '张三',
      branch: '',
      roles: ['AUDITOR'],
      password: 'long-enough-1',
    });
  });
});
