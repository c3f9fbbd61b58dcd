import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer, type Answer } from '../../test/mockClient';

const ANALYST = ['product:read', 'customer:read', 'report:read', 'segment:write', 'need:write'];

const segment = {
  __typename: 'Segment',
  id: 'U2VnbWVudDo5',
  code: 'OVER_30',
  name: '30 岁以上',
  description: '',
  kind: 'RULE',
  rule: { op: 'AND', args: [{ field: 'age', cmp: 'GTE', value: 30 }] },
  memberCount: 1234,
  refreshedAt: '2026-05-01T08:00:00Z',
  builtIn: false,
  version: 1,
  cluster: null,
};

const previewCount: Answer = { data: { segmentPreview: { __typename: 'SegmentPreview', memberCount: 1234, errors: [] } } };

function renderBuilder(create: (input: Record<string, unknown>) => Answer, preview: Answer = previewCount) {
  const server = fakeServer((name, variables) => {
    if (name === 'Me') return meAnswer({ username: 'analyst', roles: ['ANALYST'], permissions: ANALYST });
    if (name === 'SegmentPreview') return preview;
    if (name === 'SegmentCreate') return create(variables.input as Record<string, unknown>);
    if (name === 'Segment') return { data: { segment } };
    if (name === 'SegmentMembers') {
      return {
        data: {
          segment: {
            __typename: 'Segment',
            id: segment.id,
            members: { __typename: 'CustomerConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
          },
        },
      };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  render(
    <App
      router={createMemoryRouter(routes, { initialEntries: ['/customers/segments/new'] })}
      createClient={server.createClient}
      initialLocale="zh-CN"
    />,
  );
  return server;
}

function fill(element: HTMLElement, value: string) {
  const input = element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' ? element : element.querySelector('input')!;
  fireEvent.change(input, { target: { value } });
}

describe('segment builder', () => {
  it('counts members live once the rule is complete, then saves the rule JSON', async () => {
    const server = renderBuilder(() => ({ data: { segmentCreate: { __typename: 'SegmentPayload', segment, errors: [] } } }));
    const condition = await screen.findByTestId('rule-cond-0-0');
    expect(screen.getByTestId('segment-preview')).toHaveTextContent('条件填写完整后显示客户数');
    expect(server.calls.map((c) => c.name)).not.toContain('SegmentPreview');

    fill(within(condition).getByTestId('rule-value'), '30');
    await waitFor(() => expect(screen.getByTestId('segment-preview-count')).toHaveTextContent('1,234'), { timeout: 3000 });
    expect(server.calls.find((c) => c.name === 'SegmentPreview')?.variables).toEqual({
      rule: { op: 'AND', args: [{ field: 'age', cmp: 'GTE', value: 30 }] },
    });

    fill(screen.getByTestId('segment-code'), 'over_30');
    fill(screen.getByTestId('segment-name'), '30 岁以上');
    await userEvent.setup().click(screen.getByTestId('segment-save'));
    await waitFor(() => expect(server.calls.map((c) => c.name)).toContain('SegmentCreate'));
    expect(server.calls.find((c) => c.name === 'SegmentCreate')?.variables.input).toEqual({
      code: 'OVER_30',
      name: '30 岁以上',
      description: '',
      rule: { op: 'AND', args: [{ field: 'age', cmp: 'GTE', value: 30 }] },
    });
    expect(await screen.findByTestId('segment-page', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByTestId('segment-member-count')).toHaveTextContent('1,234');
  });

  it('refuses to save an incomplete rule and says what is missing', async () => {
    const server = renderBuilder(() => {
      throw new Error('must not be sent');
    });
    await screen.findByTestId('rule-cond-0-0');
    await userEvent.setup().click(screen.getByTestId('rule-add-group'));
    fill(screen.getByTestId('segment-code'), 'X_1');
    fill(screen.getByTestId('segment-name'), 'x');
    await userEvent.setup().click(screen.getByTestId('segment-save'));
    expect((await screen.findAllByText('请填写取值')).length).toBe(2);
    expect(screen.getByTestId('rule-group-0-1')).toBeInTheDocument();
    expect(server.calls.map((c) => c.name)).not.toContain('SegmentCreate');
  });

  it('shows a server error on the field it names', async () => {
    renderBuilder(() => ({
      data: {
        segmentCreate: {
          __typename: 'SegmentPayload',
          segment: null,
          errors: [{ __typename: 'UserError', field: 'code', code: 'DUPLICATE', message: '代码已存在' }],
        },
      },
    }));
    const condition = await screen.findByTestId('rule-cond-0-0');
    fill(within(condition).getByTestId('rule-value'), '40');
    fill(screen.getByTestId('segment-code'), 'OVER_30');
    fill(screen.getByTestId('segment-name'), 'x');
    await userEvent.setup().click(screen.getByTestId('segment-save'));
    expect(await screen.findByText('代码已存在')).toBeInTheDocument();
  });

  it("puts the server's rule errors under the condition they name", async () => {
    renderBuilder(
      () => {
        throw new Error('must not be sent');
      },
      {
        data: {
          segmentPreview: {
            __typename: 'SegmentPreview',
            memberCount: null,
            errors: [{ __typename: 'UserError', field: 'rule.args.0.value', code: 'INVALID', message: '年龄须在 0–150 之间' }],
          },
        },
      },
    );
    const condition = await screen.findByTestId('rule-cond-0-0');
    fill(within(condition).getByTestId('rule-value'), '30');
    await waitFor(() => expect(within(condition).getByTestId('rule-problem')).toHaveTextContent('年龄须在 0–150 之间'), { timeout: 3000 });
    expect(screen.getByTestId('segment-preview')).toHaveTextContent('规则有误');
  });
});
