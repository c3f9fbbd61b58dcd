import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Col, Form, Modal, Popconfirm, Row, Space, Table } from 'antd';
import type { FormInstance, FormItemProps, TableColumnsType } from 'antd';
import type { Rule } from 'antd/es/form';
import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CombinedError } from '@urql/core';
import { useQuery, type AnyVariables } from 'urql';
import { describeError } from '../api/errors';
import { applyUserErrors, userErrorMessage, type UserErrorLike } from '../api/userErrors';
import { useI18n } from '../i18n/useI18n';
import { CursorPager } from './CursorPager';
import { ErrorAlert, MessagesAlert } from './ErrorAlert';
import { ModalFooter } from './ModalFooter';
import { useCursorPaging } from './paging';

// One reference-data table (costs, rates, totals... and the tables the next domains add): a
// filtered, paged list with create / edit / delete, each table declaring only its columns, form
// fields, validation and mutations.

/** A mutation's answer: a request failure, or the payload's `errors` (empty when stored). */
export interface ReferenceAnswer {
  error?: CombinedError;
  errors?: readonly UserErrorLike[];
}

/** A Relay connection as the list queries return it. */
export interface ReferenceConnection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
}

/** One form field: a Form.Item named `name` holding `control`. */
export interface ReferenceField<Row, Values> {
  name: keyof Values & string;
  label: string;
  rules?: Rule[];
  extra?: ReactNode;
  /** Width out of 24 in the form's grid (side-by-side fields); the whole row by default. */
  span?: number;
  /** Extra Form.Item props (e.g. getValueProps/normalize for date pickers). */
  itemProps?: Partial<FormItemProps>;
  /** The input; `entry` is the row being edited (absent when creating), `values` the form's current ones. */
  control: (context: { entry?: Row; values: Partial<Values> }) => ReactNode;
}

/** Texts of one table, in the console's language (the table's own wording). */
export interface ReferenceTexts {
  create: string;
  edit: string;
  saved: string;
  deleted: string;
  delete: string;
  deleteConfirm: string;
  /** An info line at the top of the form (e.g. "same key: the existing entry is corrected"). */
  formHint?: string;
}

export interface ReferenceTableProps<Data, Row extends { id: string }, Values extends object> {
  /** Prefix of the test ids: `<id>-table`, `<id>-create`, `<id>-edit-<rowId>`, `<id>-form-modal`... */
  testId: string;
  /** Test id of the wrapping element. */
  containerTestId?: string;
  query: TypedDocumentNode<Data, never> | TypedDocumentNode<Data, AnyVariables>;
  /** The filter's variables; a change goes back to the first page. */
  variables: Record<string, unknown>;
  connection: (data: Data) => ReferenceConnection<Row> | undefined;
  /** Filter controls shown left of the buttons. */
  filters?: ReactNode;
  columns: TableColumnsType<Row>;
  fields: readonly ReferenceField<Row, Values>[];
  /** The form's values when it opens: from `entry`, or the defaults of a new one. */
  initialValues: (entry?: Row) => Partial<Values>;
  onValuesChange?: (changed: Partial<Values>, form: FormInstance<Values>) => void;
  /** Store the form's values: a new entry when `entry` is absent. */
  save: (values: Values, entry?: Row) => Promise<ReferenceAnswer>;
  remove: (row: Row) => Promise<ReferenceAnswer>;
  /** Whether the user may change the data (no buttons otherwise). */
  canWrite: boolean;
  texts: ReferenceTexts;
}

/** The paged list with its toolbar, edit dialog and delete confirmation. */
export function ReferenceTable<Data, Row extends { id: string }, Values extends object>(props: ReferenceTableProps<Data, Row, Values>) {
  const { testId, canWrite, texts } = props;
  const { t } = useI18n();
  const paging = useCursorPaging();
  // A new filter starts again at the first page; this render already asks for it, so no request
  // pairs the new filter with the old page's cursor.
  const filterKey = JSON.stringify(props.variables);
  const [shownFilter, setShownFilter] = useState(filterKey);
  const filterChanged = shownFilter !== filterKey;
  if (filterChanged) {
    setShownFilter(filterKey);
    paging.first();
  }
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [result, reexecute] = useQuery<Data, AnyVariables>({
    query: props.query as TypedDocumentNode<Data, AnyVariables>,
    variables: { ...paging.variables, ...(filterChanged ? { after: null } : {}), ...props.variables },
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data ? props.connection(result.data) : undefined;

  const columns: TableColumnsType<Row> = canWrite
    ? [
        ...props.columns,
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, row: Row) => (
            <Space>
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`${testId}-edit-${row.id}`}>
                {t('common.edit')}
              </Button>
              <DeleteAction texts={texts} testId={`${testId}-delete-${row.id}`} onDelete={() => props.remove(row)} onDeleted={refetch} />
            </Space>
          ),
        },
      ]
    : props.columns;

  return (
    <div data-testid={props.containerTestId}>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>{props.filters}</Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid={`${testId}-create`}>
              {texts.create}
            </Button>
          )}
        </Space>
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid={`${testId}-table`}
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
      {/* A fresh form per opening: a kept form instance would carry the last entry's values over. */}
      {editing !== null && (
        <ReferenceFormModal<Row, Values>
          key={editing === 'new' ? 'new' : editing.id}
          testId={testId}
          entry={editing === 'new' ? undefined : editing}
          fields={props.fields}
          initialValues={props.initialValues}
          onValuesChange={props.onValuesChange}
          save={props.save}
          texts={texts}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refetch();
          }}
        />
      )}
    </div>
  );
}

/**
 * Settle a save's answer on the form: a request failure or the payload's errors (on the fields
 * they name, the rest returned as messages) mean nothing was stored.
 */
export function settleAnswer(
  answer: ReferenceAnswer,
  form: FormInstance,
  known: readonly string[],
  message: (error: UserErrorLike) => string,
  describe: (error: CombinedError) => string,
  unexpected: string,
): { saved: boolean; messages: string[] } {
  if (answer.error) return { saved: false, messages: [describe(answer.error)] };
  if (!answer.errors) return { saved: false, messages: [unexpected] };
  if (answer.errors.length === 0) return { saved: true, messages: [] };
  return { saved: false, messages: applyUserErrors(form, answer.errors.map((e) => ({ ...e, message: message(e) })), known) };
}

function ReferenceFormModal<Row extends { id: string }, Values extends object>({
  testId,
  entry,
  fields,
  initialValues,
  onValuesChange,
  save,
  texts,
  onClose,
  onSaved,
}: {
  testId: string;
  entry?: Row;
  fields: readonly ReferenceField<Row, Values>[];
  initialValues: (entry?: Row) => Partial<Values>;
  onValuesChange?: (changed: Partial<Values>, form: FormInstance<Values>) => void;
  save: (values: Values, entry?: Row) => Promise<ReferenceAnswer>;
  texts: ReferenceTexts;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const values = (Form.useWatch((all: Values) => all, form) ?? {}) as Partial<Values>;
  const [initial] = useState(() => initialValues(entry));
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const onFinish = async (submitted: Values) => {
    setGeneral([]);
    setBusy(true);
    try {
      const answer = await save(submitted, entry);
      const settled = settleAnswer(
        answer,
        form,
        fields.map((f) => f.name),
        (e) => userErrorMessage(e, locale, tr),
        (error) => {
          const problem = describeError(error, t);
          return problem.correlationId ? `${problem.message} (${problem.correlationId})` : problem.message;
        },
        t('error.unexpected'),
      );
      setGeneral(settled.messages);
      if (settled.saved) {
        message.success(texts.saved);
        onSaved();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={entry ? texts.edit : texts.create}
      onCancel={onClose}
      destroyOnHidden
      data-testid={`${testId}-form-modal`}
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} loading={busy} testId={`${testId}-form-submit`} />}
    >
      {texts.formHint && <Alert type="info" showIcon title={texts.formHint} style={{ marginBottom: 16 }} />}
      <MessagesAlert messages={general} />
      <Form<Values>
        form={form}
        layout="vertical"
        name={`${testId}-form`}
        preserve={false}
        onFinish={onFinish}
        onValuesChange={onValuesChange && ((changed: Partial<Values>) => onValuesChange(changed, form))}
        initialValues={initial}
      >
        <Row gutter={12}>
          {fields.map((field) => (
            <Col span={field.span ?? 24} key={field.name}>
              <Form.Item label={field.label} name={field.name} rules={field.rules} extra={field.extra} {...field.itemProps}>
                {field.control({ entry, values: { ...initial, ...values } })}
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}

/** A delete button that asks first and reports the outcome. */
function DeleteAction({
  texts,
  onDelete,
  onDeleted,
  testId,
}: {
  texts: ReferenceTexts;
  onDelete: () => Promise<ReferenceAnswer>;
  onDeleted: () => void;
  testId: string;
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      const answer = await onDelete();
      if (answer.error) {
        message.error(describeError(answer.error, t).message);
      } else if (answer.errors && answer.errors.length > 0) {
        message.error(answer.errors.map((e) => userErrorMessage(e, locale, tr)).join('; '));
      } else {
        message.success(texts.deleted);
        onDeleted();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={texts.delete}
      description={<div style={{ maxWidth: 280 }}>{texts.deleteConfirm}</div>}
      okText={texts.delete}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button size="small" danger icon={<DeleteOutlined />} data-testid={testId}>
        {texts.delete}
      </Button>
    </Popconfirm>
  );
}
