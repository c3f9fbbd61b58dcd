import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, pendingRoleGrantsAnswer, userListAnswer, type Answer, type UserNode } from '../../test/mockClient';

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

const ADMIN_PERMISSIONS = ['product:read', 'user:read', 'user:write', 'user:approve_role', 'apikey:read'];

/** A grant of SALES (PII) to li.si, asked for by the signed-in admin or by another one. */
function grant(requestedBy: { id: string; displayName: string }) {
  return {
    id: 'Um9sZUdyYW50OjE=',
    roles: ['ANALYST', 'SALES'],
    added: ['SALES'],
    requestedAt: '2026-01-02T03:04:05Z',
    user: { __typename: 'User', id: 'VXNlcjo5', username: 'li.si', displayName: '李四' },
    requestedBy: { __typename: 'User', username: 'x', ...requestedBy },
  };
}
const SELF = { id: 'VXNlcjox', displayName: '系统管理员' };
const OTHER = { id: 'VXNlcjo3', displayName: '第二管理员' };

function renderUsers(
  createAnswer?: (input: Record<string, unknown>) => Answer,
  more: { grants?: Record<string, unknown>[]; users?: UserNode[]; answer?: (name: string, variables: Record<string, unknown>) => Answer | undefined } = {},
) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ permissions: ADMIN_PERMISSIONS });
    if (name === 'UserList') return userListAnswer(more.users ?? [zhang], 41, true);
    if (name === 'PendingRoleGrants') return pendingRoleGrantsAnswer(more.grants ?? []);
    const answered = more.answer?.(name, variables);
    if (answered) return answered;
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

  it('lists role grants awaiting a second admin; the maker cannot approve their own', async () => {
    renderUsers(undefined, { grants: [grant(SELF)] });
    const card = await screen.findByTestId('pending-role-grants');
    expect(within(card).getByText('li.si')).toBeInTheDocument();
    expect(within(card).getByText('待第二位管理员审批的角色授予')).toBeInTheDocument();
    expect(within(card).getByText('系统管理员')).toBeInTheDocument();
    expect(within(card).getByTestId('grant-approve-li.si')).toBeDisabled();
  });

  it('lets a second admin approve or reject with a reason', async () => {
    const decided: { name: string; variables: Record<string, unknown> }[] = [];
    const answer = (name: string, variables: Record<string, unknown>): Answer | undefined => {
      if (name !== 'RoleGrantApprove' && name !== 'RoleGrantReject') return undefined;
      decided.push({ name, variables });
      const field = name === 'RoleGrantApprove' ? 'roleGrantApprove' : 'roleGrantReject';
      const status = name === 'RoleGrantApprove' ? 'APPROVED' : 'REJECTED';
      return {
        data: {
          [field]: {
            __typename: 'RoleGrantPayload',
            roleGrant: { __typename: 'RoleGrant', id: 'Um9sZUdyYW50OjE=', status },
            errors: [],
          },
        },
      };
    };
    renderUsers(undefined, { grants: [grant(OTHER)], answer });
    const user = userEvent.setup();
    const card = await screen.findByTestId('pending-role-grants');
    await user.click(within(card).getByTestId('grant-approve-li.si'));
    await waitFor(() => expect(decided.map((d) => d.name)).toEqual(['RoleGrantApprove']));
    expect(decided[0].variables).toEqual({ id: 'Um9sZUdyYW50OjE=' });
    await user.click(within(card).getByTestId('grant-reject-li.si'));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByTestId('grant-reject-reason'), '无需查看客户信息');
    await user.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    await waitFor(() => expect(decided.map((d) => d.name)).toEqual(['RoleGrantApprove', 'RoleGrantReject']));
    expect(decided[1].variables).toEqual({ id: 'Um9sZUdyYW50OjE=', reason: '无需查看客户信息' });
  });

  it('says a new PII role awaits a second admin', async () => {
    renderUsers(() => ({
      data: {
        userCreate: {
          __typename: 'UserPayload',
          user: { __typename: 'User', id: 'VXNlcjo5', username: 'li.si', displayName: '李四' },
          roleGrant: { __typename: 'RoleGrant', id: 'Um9sZUdyYW50OjE=', added: ['SALES'] },
          errors: [],
        },
      },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await screen.findByRole('dialog');
    fill(within(dialog).getByTestId('user-form-username'), 'li.si');
    fill(within(dialog).getByTestId('user-form-display-name'), '李四');
    await user.click(within(dialog).getByRole('combobox'));
    await user.click(await screen.findByTitle('客户经理'));
    fill(within(dialog).getByTestId('user-form-password'), 'long-enough-12');
    fill(within(dialog).getByLabelText('确认密码'), 'long-enough-12');
    await user.click(within(dialog).getByTestId('user-form-submit'));
    expect(await screen.findByText('角色 客户经理 含客户敏感信息或审批权限，需等待第二位管理员审批')).toBeInTheDocument();
  });

  it('shows a locked account and unlocks it', async () => {
    const unlocked: Record<string, unknown>[] = [];
    const answer = (name: string, variables: Record<string, unknown>): Answer | undefined => {
      if (name !== 'UserUnlock') return undefined;
      unlocked.push(variables);
      return {
        data: {
          userUnlock: {
            __typename: 'UserPayload',
            user: { __typename: 'User', id: zhang.id, lockedUntil: null },
            errors: [],
          },
        },
      };
    };
    renderUsers(undefined, { users: [{ ...zhang, lockedUntil: '2026-01-02T04:00:00Z' }], answer });
    expect(await screen.findByTestId('user-locked-zhang.san')).toHaveTextContent('已锁定');
    await userEvent.setup().click(screen.getByTestId('user-unlock-zhang.san'));
    await waitFor(() => expect(unlocked).toEqual([{ id: zhang.id }]));
  });
});
