import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Col, Form, Input, Result, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { LeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { ErrorAlert, MessagesAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { RuleSummary } from '../components/RuleSummary';
import { RuleTreeEditor, type NodeMessage } from '../components/RuleTreeEditor';
import { segmentCreateMutation, segmentUpdateMutation } from '../mutations';
import { segmentPreviewQuery, segmentQuery } from '../queries';
import { fromRuleJson, initialTree, nodeForErrorPath, toRuleJson, validateTree, type GroupNode } from '../ruleTree';
import { useDebounced } from '../useDebounced';

export const SEGMENT_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
export const PREVIEW_DELAY_MS = 500;

interface SegmentFormValues {
  code: string;
  name: string;
  description?: string;
}

/** The live member count of the rule being edited, asked 500 ms after the last change. */
function usePreview(tree: GroupNode) {
  const problems = validateTree(tree);
  const ruleText = problems.length ? null : JSON.stringify(toRuleJson(tree));
  const settled = useDebounced(ruleText, PREVIEW_DELAY_MS);
  const variables = useMemo(() => ({ rule: settled ? JSON.parse(settled) : null }), [settled]);
  const [result] = useQuery({ query: segmentPreviewQuery, variables, pause: !settled });
  const waiting = ruleText !== settled || result.fetching;
  const preview = ruleText && !waiting ? result.data?.segmentPreview : undefined;
  return { ruleText, waiting, count: preview?.memberCount, errors: preview?.errors ?? [], error: ruleText ? result.error : undefined };
}

/** Server messages about the rule, placed on the node they name; the rest stay general. */
function placeRuleErrors(
  tree: GroupNode,
  errors: readonly { field?: string | null; code: string; message: string }[],
  text: (e: { field?: string | null; code: string; message: string }) => string,
): { onNodes: NodeMessage[]; general: string[] } {
  const onNodes: NodeMessage[] = [];
  const general: string[] = [];
  for (const error of errors) {
    const node = nodeForErrorPath(tree, error.field);
    if (node) onNodes.push({ id: node.id, message: text(error) });
    else general.push(text(error));
  }
  return { onNodes, general };
}

function PreviewCount({ preview, general }: { preview: ReturnType<typeof usePreview>; general: readonly string[] }) {
  const { t } = useI18n();
  const { ruleText, waiting, count } = preview;
  const ruleErrors = general;
  return (
    <Card size="small" data-testid="segment-preview">
      <Statistic
        title={t('segment.builder.preview')}
        value={count ?? '—'}
        loading={!!ruleText && waiting}
        valueRender={(node) => <span data-testid="segment-preview-count">{node}</span>}
        suffix={count !== null && count !== undefined ? t('segment.builder.customersSuffix') : undefined}
      />
      <Typography.Text type={preview.errors.length ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {!ruleText
          ? t('segment.builder.previewIncomplete')
          : preview.errors.length
            ? t('segment.builder.previewRuleErrors')
            : t('segment.builder.previewHint')}
      </Typography.Text>
      {ruleErrors.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid="segment-preview-errors">
          <MessagesAlert messages={ruleErrors} />
        </div>
      )}
      {preview.error && <ErrorAlert error={preview.error} style={{ marginTop: 8 }} />}
    </Card>
  );
}

/** /customers/segments/new and /customers/segments/:id/edit — the segment builder. */
export function SegmentBuilderPage() {
  const { id } = useParams();
  const editing = !!id;
  const { t } = useI18n();
  const [result] = useQuery({ query: segmentQuery, variables: { id: id ?? '' }, pause: !editing });
  if (!editing) return <SegmentBuilder />;
  if (result.error && !result.data) return <ErrorAlert error={result.error} />;
  if (!result.data) return <Card><Skeleton active /></Card>;
  const segment = result.data.segment;
  if (!segment) return <Result status="404" title={t('segment.notFound')} extra={<Link to="/customers/segments">{t('segment.back')}</Link>} />;
  if (segment.builtIn || segment.kind !== 'RULE') {
    return <Result status="warning" title={t('segment.builder.readOnly')} extra={<Link to={`/customers/segments/${encodeURIComponent(segment.id)}`}>{t('segment.back')}</Link>} />;
  }
  return <SegmentBuilder existing={segment} />;
}

function SegmentBuilder({
  existing,
}: {
  existing?: { id: string; code: string; name: string; description: string; rule?: unknown; version: number };
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SegmentFormValues>();
  const [tree, setTree] = useState<GroupNode>(() => (existing ? (fromRuleJson(existing.rule) ?? initialTree()) : initialTree()));
  const [showProblems, setShowProblems] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [createState, create] = useMutation(segmentCreateMutation);
  const [updateState, update] = useMutation(segmentUpdateMutation);
  const problems = validateTree(tree);
  const preview = usePreview(tree);
  const [saveRuleErrors, setSaveRuleErrors] = useState<NodeMessage[]>([]);
  const errorText = (e: { field?: string | null; code: string; message: string }) => userErrorMessage({ ...e }, locale, tr);
  const fromPreview = placeRuleErrors(tree, preview.errors, errorText);
  const nodeMessages = [...fromPreview.onNodes, ...saveRuleErrors];
  const unreadable = !!existing && existing.rule !== null && existing.rule !== undefined && fromRuleJson(existing.rule) === null;

  useEffect(() => {
    if (problems.length === 0) setShowProblems(false);
  }, [problems.length]);

  const save = async (values: SegmentFormValues) => {
    setGeneral([]);
    setSaveRuleErrors([]);
    if (problems.length) {
      setShowProblems(true);
      return;
    }
    const rule = toRuleJson(tree);
    const description = values.description?.trim() ?? '';
    const answer = existing
      ? await update({ id: existing.id, expectedVersion: existing.version, input: { name: values.name.trim(), description, rule } })
      : await create({ input: { code: values.code.trim(), name: values.name.trim(), description, rule } });
    if (answer.error) {
      setGeneral([describeError(answer.error, t).message]);
      return;
    }
    const payload = answer.data && ('segmentCreate' in answer.data ? answer.data.segmentCreate : answer.data.segmentUpdate);
    if (!payload) return;
    if (payload.errors.length) {
      const isRule = (field?: string | null) => !!field && /^(input\.)?rule(\.|$)/.test(field);
      const ruleErrors = placeRuleErrors(tree, payload.errors.filter((e) => isRule(e.field)), errorText);
      setSaveRuleErrors(ruleErrors.onNodes);
      const errors = payload.errors.filter((e) => !isRule(e.field)).map((e) => ({ ...e, message: errorText(e) }));
      setGeneral([...applyUserErrors(form, errors, ['code', 'name', 'description']), ...ruleErrors.general]);
      return;
    }
    if (payload.segment) {
      message.success(t('segment.builder.saved', { count: payload.segment.memberCount }));
      navigate(`/customers/segments/${encodeURIComponent(payload.segment.id)}`);
    }
  };

  const back = existing ? `/customers/segments/${encodeURIComponent(existing.id)}` : '/customers/segments';
  return (
    <Card
      title={
        <Space>
          <Link to={back} aria-label={t('segment.back')}>
            <LeftOutlined />
          </Link>
          {existing ? t('segment.builder.editTitle', { name: existing.name }) : t('segment.builder.title')}
        </Space>
      }
      data-testid="segment-builder"
    >
      <Form<SegmentFormValues>
        form={form}
        layout="vertical"
        onFinish={save}
        name="segment-form"
        initialValues={existing ? { code: existing.code, name: existing.name, description: existing.description } : { code: '', name: '', description: '' }}
      >
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('segment.field.code')}
              extra={existing ? undefined : t('segment.builder.codeHint')}
              normalize={(v: string) => v.toUpperCase()}
              rules={[
                { required: true, whitespace: true, message: t('segment.builder.codeRequired') },
                { pattern: SEGMENT_CODE_PATTERN, message: t('segment.builder.codeInvalid') },
              ]}
            >
              <Input disabled={!!existing} maxLength={40} data-testid="segment-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t('segment.field.name')}
              rules={[{ required: true, whitespace: true, message: t('segment.builder.nameRequired') }, { max: 100 }]}
            >
              <Input maxLength={100} data-testid="segment-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('segment.field.description')}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="segment-description" />
        </Form.Item>
      </Form>
      <MessagesAlert messages={general} />
      {unreadable && <MessagesAlert messages={[t('segment.builder.unreadable')]} />}
      <Row gutter={24}>
        <Col xs={24} xl={18}>
          <Typography.Title level={5}>{t('segment.field.rule')}</Typography.Title>
          <RuleTreeEditor
            tree={tree}
            onChange={(next) => {
              setTree(next);
              setSaveRuleErrors([]);
            }}
            problems={showProblems ? problems : problems.filter((p) => p.code === 'badRange')}
            messages={nodeMessages}
          />
          {problems.length === 0 && (
            <div style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">{t('segment.summary.title')}</Typography.Text>
              <RuleSummary tree={tree} />
            </div>
          )}
        </Col>
        <Col xs={24} xl={6}>
          <div style={{ position: 'sticky', top: 16 }}>
            <PreviewCount preview={preview} general={fromPreview.general} />
            <Space style={{ marginTop: 16 }}>
              <Button onClick={() => navigate(back)}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={createState.fetching || updateState.fetching}
                onClick={() => {
                  if (problems.length) setShowProblems(true);
                  form.submit();
                }}
                data-testid="segment-save"
              >
                {t('common.save')}
              </Button>
            </Space>
          </div>
        </Col>
      </Row>
    </Card>
  );
}
