import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider, Input } from 'antd';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { Provider } from 'urql';
import { I18nProvider } from '../i18n/I18nProvider';
import { fakeServer, type Answer } from '../test/mockClient';
import { ReferenceTable, type ReferenceAnswer, type ReferenceField } from './ReferenceTable';

interface Thing {
  __typename: 'Thing';
  id: string;
  name: string;
  amount: string;
}

interface ThingList {
  things: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Thing }[] };
}

interface ThingValues {
  name: string;
  amount: string;
}

const thingListQuery = parse(`
  query ThingList($first: Int, $after: String, $kind: String) {
    things(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name amount } }
    }
  }
`) as unknown as TypedDocumentNode<ThingList, never>;

const A: Thing = { __typename: 'Thing', id: 'T1', name: 'Alpha', amount: '1.00' };
const B: Thing = { __typename: 'Thing', id: 'T2', name: 'Beta', amount: '2.00' };

function listAnswer(nodes: Thing[], hasNextPage = false): Answer {
  return {
    data: {
      things: {
        __typename: 'ThingConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
        edges: nodes.map((node) => ({ __typename: 'ThingEdge', node })),
      },
    },
  };
}

const fields: ReferenceField<Thing, ThingValues>[] = [
  {
    name: 'name',
    label: 'Name',
    rules: [{ required: true, message: 'Name is required' }],
    control: ({ entry }) => <Input disabled={!!entry} data-testid="thing-form-name" />,
  },
  { name: 'amount', label: 'Amount', control: () => <Input data-testid="thing-form-amount" /> },
];

function Harness({ canWrite, save, remove }: { canWrite: boolean; save: (values: ThingValues, entry?: Thing) => Promise<ReferenceAnswer>; remove: (row: Thing) => Promise<ReferenceAnswer> }) {
  const [kind, setKind] = useState<string | null>(null);
  return (
    <ReferenceTable<ThingList, Thing, ThingValues>
      testId="thing"
      containerTestId="things"
      query={thingListQuery}
      variables={{ kind }}
      connection={(data) => data.things}
      filters={
        <button type="button" onClick={() => setKind('B')} data-testid="thing-filter">
          only B
        </button>
      }
      columns={[
        { title: 'Name', dataIndex: 'name', key: 'name' },
        { title: 'Amount', dataIndex: 'amount', key: 'amount' },
      ]}
      fields={fields}
      initialValues={(entry) => (entry ? { name: entry.name, amount: entry.amount } : { amount: '0' })}
      save={save}
      remove={remove}
      canWrite={canWrite}
      texts={{ create: 'New thing', edit: 'Edit thing', saved: 'Saved it', deleted: 'Deleted it', delete: 'Remove', deleteConfirm: 'Remove this thing?' }}
    />
  );
}

function renderTable({
  canWrite = true,
  save = async () => ({ errors: [] }),
  remove = async () => ({ errors: [] }),
  list = () => listAnswer([A, B], true),
}: {
  canWrite?: boolean;
  save?: (values: ThingValues, entry?: Thing) => Promise<ReferenceAnswer>;
  remove?: (row: Thing) => Promise<ReferenceAnswer>;
  list?: (variables: Record<string, unknown>) => Answer;
} = {}) {
  const server = fakeServer((name, variables) => {
    if (name === 'ThingList') return list(variables);
    throw new Error(`unexpected operation ${name}`);
  });
  render(
    // As App.tsx does under vitest: no motion, no style tags for jsdom to re-read.
    <StyleProvider mock="server">
      <ConfigProvider theme={{ token: { motion: false } }}>
        <I18nProvider initialLocale="en-US">
          <AntApp>
            <Provider value={server.createClient(() => {})}>
              <Harness canWrite={canWrite} save={save} remove={remove} />
            </Provider>
          </AntApp>
        </I18nProvider>
      </ConfigProvider>
    </StyleProvider>,
  );
  return server;
}

const lists = (server: ReturnType<typeof fakeServer>) => server.calls.filter((call) => call.name === 'ThingList').map((call) => call.variables);

describe('ReferenceTable', () => {
  it('lists the rows read-only without the right to write', async () => {
    renderTable({ canWrite: false });
    const table = await screen.findByTestId('thing-table');
    expect(await within(table).findByText('Alpha')).toBeInTheDocument();
    expect(within(table).getByText('Beta')).toBeInTheDocument();
    expect(screen.queryByTestId('thing-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId(`thing-edit-${A.id}`)).not.toBeInTheDocument();
    expect(screen.queryByTestId(`thing-delete-${A.id}`)).not.toBeInTheDocument();
  });

  it('pages with the end cursor and goes back to the first page when the filter changes', async () => {
    const server = renderTable();
    await screen.findByText('Alpha');
    fireEvent.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(lists(server).at(-1)).toMatchObject({ after: 'cursor-1', kind: null }));
    fireEvent.click(screen.getByTestId('thing-filter'));
    await waitFor(() => expect(lists(server).at(-1)).toMatchObject({ after: null, kind: 'B' }));
    // no request asks for the old page under the new filter
    expect(lists(server).some((v) => v.after === 'cursor-1' && v.kind === 'B')).toBe(false);
  });

  it("checks the form first, then puts the server's errors on their fields and the rest above the form", async () => {
    const saved: [ThingValues, Thing | undefined][] = [];
    renderTable({
      save: async (values, entry) => {
        saved.push([values, entry]);
        return {
          errors: [
            { field: 'input.amount', code: 'INVALID', message: 'Amount must be positive' },
            { field: null, code: 'CONFLICT', message: 'Someone else entered it meanwhile' },
          ],
        };
      },
    });
    fireEvent.click(await screen.findByTestId('thing-create'));
    const modal = await screen.findByTestId('thing-form-modal');
    expect(within(modal).getByText('New thing')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('thing-form-submit'));
    expect(await within(modal).findByText('Name is required')).toBeInTheDocument();
    expect(saved).toEqual([]);

    fireEvent.change(within(modal).getByTestId('thing-form-name'), { target: { value: 'Gamma' } });
    fireEvent.change(within(modal).getByTestId('thing-form-amount'), { target: { value: '-1' } });
    fireEvent.click(screen.getByTestId('thing-form-submit'));
    const fieldError = await within(modal).findByText('Amount must be positive');
    expect(fieldError.closest('.ant-form-item')).toContainElement(within(modal).getByTestId('thing-form-amount'));
    expect(within(modal).getByTestId('form-errors')).toHaveTextContent('Someone else entered it meanwhile');
    expect(within(modal).getByTestId('form-errors')).not.toHaveTextContent('Amount must be positive');
    expect(saved).toEqual([[{ name: 'Gamma', amount: '-1' }, undefined]]);
  });

  it('edits an entry with its own values, closes when stored and reads the list again', async () => {
    const saved: [ThingValues, Thing | undefined][] = [];
    const server = renderTable({
      save: async (values, entry) => {
        saved.push([values, entry]);
        return { errors: [] };
      },
    });
    fireEvent.click(await screen.findByTestId(`thing-edit-${B.id}`));
    const modal = await screen.findByTestId('thing-form-modal');
    expect(within(modal).getByTestId('thing-form-name')).toHaveValue('Beta');
    expect(within(modal).getByTestId('thing-form-name')).toBeDisabled();
    fireEvent.change(within(modal).getByTestId('thing-form-amount'), { target: { value: '2.50' } });
    const before = lists(server).length;
    fireEvent.click(screen.getByTestId('thing-form-submit'));
    await waitFor(() => expect(screen.queryByTestId('thing-form-modal')).not.toBeInTheDocument());
    expect(saved).toEqual([[{ name: 'Beta', amount: '2.50' }, B]]);
    await waitFor(() => expect(lists(server).length).toBeGreaterThan(before));
  });

  it('deletes only after confirmation and shows a refusal instead of reloading', async () => {
    const removed: string[] = [];
    const server = renderTable({
      remove: async (row) => {
        removed.push(row.id);
        return { errors: [{ field: null, code: 'NOT_FOUND', message: 'Already gone' }] };
      },
    });
    fireEvent.click(await screen.findByTestId(`thing-delete-${A.id}`));
    expect(removed).toEqual([]);
    expect(await screen.findByText('Remove this thing?')).toBeInTheDocument();
    const before = lists(server).length;
    const confirm = (await screen.findAllByRole('button', { name: 'Remove' })).find((button) => button.closest('.ant-popconfirm'));
    fireEvent.click(confirm!);
    await waitFor(() => expect(removed).toEqual([A.id]));
    expect(await screen.findByText('Already gone')).toBeInTheDocument();
    expect(lists(server).length).toBe(before);
  });
});
