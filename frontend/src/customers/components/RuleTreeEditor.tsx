import { useMemo } from 'react';
import { Button, Card, Input, InputNumber, Select, Space, Tooltip, Typography } from 'antd';
import { ApartmentOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/messages';
import { TRANSACTION_CHANNELS, TRANSACTION_TYPES } from '../enums';
import {
  addChild,
  cmpsFor,
  createCondition,
  createGroup,
  FIELD_SPECS,
  MAX_WINDOW,
  removeNode,
  RULE_FIELDS,
  setGroupOp,
  updateCondition,
  wrapInGroup,
  type Cmp,
  type ConditionNode,
  type GroupNode,
  type GroupOp,
  type RuleField,
  type RuleProblem,
  type RuleValue,
} from '../ruleTree';

/** Groups deeper than this would be unreadable; the builder stops offering new ones. */
export const MAX_DEPTH = 4;

const GROUP_OPS: readonly GroupOp[] = ['AND', 'OR', 'NOT'];

/** The label key of an enum field's value. */
export function optionLabelKey(field: string, value: string): string {
  switch (field) {
    case 'holds_family':
      return `product.family.${value}`;
    case 'holds_subtype':
      return `product.subtype.${value}`;
    case 'customer_type':
      return `customer.type.${value}`;
    case 'gender':
      return `customer.gender.${value}`;
    default:
      return `customer.risk.${value}`;
  }
}

/** A message the server gave about one node of the rule. */
export interface NodeMessage {
  id: string;
  message: string;
}

interface EditorProps {
  tree: GroupNode;
  onChange: (tree: GroupNode) => void;
  problems: readonly RuleProblem[];
  /** Server messages shown under the node they name. */
  messages?: readonly NodeMessage[];
  disabled?: boolean;
}

/** A visual AND / OR / NOT tree editor over segment conditions. */
export function RuleTreeEditor({ tree, onChange, problems, messages = [], disabled }: EditorProps) {
  const all = useMemo(() => ({ problems, messages }), [problems, messages]);
  return (
    <div data-testid="rule-editor">
      <GroupEditor node={tree} path="0" level={1} root={tree} onChange={onChange} problems={all} disabled={disabled} />
    </div>
  );
}

interface Problems {
  problems: readonly RuleProblem[];
  messages: readonly NodeMessage[];
}

function problemText(t: (key: MessageKey) => string, { problems, messages }: Problems, id: string) {
  const texts = [
    ...problems.filter((p) => p.id === id).map((p) => t(`segment.problem.${p.code}`)),
    ...messages.filter((m) => m.id === id).map((m) => m.message),
  ];
  if (!texts.length) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="rule-problem">
      {texts.join('；')}
    </Typography.Text>
  );
}

function GroupEditor({
  node,
  path,
  level,
  root,
  onChange,
  problems,
  disabled,
}: {
  node: GroupNode;
  path: string;
  level: number;
  root: GroupNode;
  onChange: (tree: GroupNode) => void;
  problems: Problems;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const isRoot = node.id === root.id;
  return (
    <Card
      size="small"
      data-testid={`rule-group-${path}`}
      style={{ background: level % 2 ? undefined : 'rgba(22,119,255,0.03)' }}
      title={
        <Space wrap>
          <Select<GroupOp>
            value={node.op}
            disabled={disabled}
            onChange={(op) => onChange(setGroupOp(root, node.id, op))}
            style={{ width: 220 }}
            data-testid="rule-group-op"
            options={GROUP_OPS.map((op) => ({ value: op, label: t(`segment.op.${op}`) }))}
          />
          {problemText(t, problems, node.id)}
        </Space>
      }
      extra={
        !isRoot &&
        !disabled && (
          <Tooltip title={t('segment.builder.removeGroup')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={() => onChange(removeNode(root, node.id))}
              aria-label={t('segment.builder.removeGroup')}
              data-testid="rule-group-remove"
            />
          </Tooltip>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {node.children.map((child, index) =>
          child.kind === 'group' ? (
            <GroupEditor
              key={child.id}
              node={child}
              path={`${path}-${index}`}
              level={level + 1}
              root={root}
              onChange={onChange}
              problems={problems}
              disabled={disabled}
            />
          ) : (
            <ConditionEditor
              key={child.id}
              node={child}
              path={`${path}-${index}`}
              root={root}
              onChange={onChange}
              problems={problems}
              canWrap={level < MAX_DEPTH}
              disabled={disabled}
            />
          ),
        )}
        {!disabled && (
          <Space wrap>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onChange(addChild(root, node.id, createCondition('age')))}
              data-testid="rule-add-condition"
            >
              {t('segment.builder.addCondition')}
            </Button>
            {level < MAX_DEPTH && (
              <Button
                size="small"
                icon={<ApartmentOutlined />}
                onClick={() => onChange(addChild(root, node.id, createGroup('OR', [createCondition('age')])))}
                data-testid="rule-add-group"
              >
                {t('segment.builder.addGroup')}
              </Button>
            )}
          </Space>
        )}
      </Space>
    </Card>
  );
}

function ConditionEditor({
  node,
  path,
  root,
  onChange,
  problems,
  canWrap,
  disabled,
}: {
  node: ConditionNode;
  path: string;
  root: GroupNode;
  onChange: (tree: GroupNode) => void;
  problems: Problems;
  canWrap: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const spec = FIELD_SPECS[node.field];
  const update = (patch: Partial<Omit<ConditionNode, 'kind' | 'id'>>) => onChange(updateCondition(root, node.id, patch));
  return (
    <div data-testid={`rule-cond-${path}`} data-field={node.field}>
      <Space wrap align="start">
        <Select<RuleField>
          value={node.field}
          disabled={disabled}
          onChange={(field) => update({ field })}
          style={{ width: 180 }}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="rule-field"
          options={RULE_FIELDS.map((field) => ({ value: field, label: t(`segment.field.${field}`) }))}
        />
        <Select<Cmp>
          value={node.cmp}
          disabled={disabled}
          onChange={(cmp) => update({ cmp })}
          style={{ width: 120 }}
          data-testid="rule-cmp"
          options={cmpsFor(node.field).map((cmp) => ({ value: cmp, label: t(`segment.cmp.${cmp}`) }))}
        />
        <ValueInput node={node} disabled={disabled} onChange={(value) => update({ value })} />
        {spec.windowed && (
          <>
            <InputNumber<number>
              min={1}
              max={MAX_WINDOW[spec.windowed]}
              precision={0}
              value={node.windowDays ?? null}
              disabled={disabled}
              onChange={(windowDays) => update({ windowDays })}
              prefix={t('segment.builder.windowPrefix')}
              suffix={spec.windowed === 'months' ? t('segment.builder.months') : t('segment.builder.days')}
              style={{ width: 160 }}
              data-testid="rule-window"
            />
            <Select<string[]>
              mode="multiple"
              allowClear
              value={node.channels ?? []}
              disabled={disabled}
              onChange={(channels) => update({ channels })}
              placeholder={t('segment.builder.anyChannel')}
              style={{ minWidth: 140 }}
              data-testid="rule-channel"
              options={TRANSACTION_CHANNELS.map((c) => ({ value: c, label: t(`customer.txChannel.${c}`) }))}
            />
            <Select<string[]>
              mode="multiple"
              allowClear
              value={node.types ?? []}
              disabled={disabled}
              onChange={(types) => update({ types })}
              placeholder={t('segment.builder.anyType')}
              style={{ minWidth: 140 }}
              data-testid="rule-type"
              options={TRANSACTION_TYPES.map((c) => ({ value: c, label: t(`customer.txType.${c}`) }))}
            />
          </>
        )}
        {!disabled && canWrap && (
          <Tooltip title={t('segment.builder.wrap')}>
            <Button
              type="text"
              icon={<ApartmentOutlined />}
              onClick={() => onChange(wrapInGroup(root, node.id, 'NOT'))}
              aria-label={t('segment.builder.wrap')}
              data-testid="rule-wrap"
            />
          </Tooltip>
        )}
        {!disabled && (
          <Tooltip title={t('segment.builder.removeCondition')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={() => onChange(removeNode(root, node.id))}
              aria-label={t('segment.builder.removeCondition')}
              data-testid="rule-remove"
            />
          </Tooltip>
        )}
      </Space>
      <div>{problemText(t, problems, node.id)}</div>
    </div>
  );
}

function ValueInput({ node, disabled, onChange }: { node: ConditionNode; disabled?: boolean; onChange: (value: RuleValue) => void }) {
  const { t, tr } = useI18n();
  const spec = FIELD_SPECS[node.field];
  const numeric = spec.kind === 'int' || spec.kind === 'money';
  const placeholder = spec.kind === 'money' ? t('segment.builder.amountPlaceholder') : t('segment.builder.valuePlaceholder');

  if (numeric) {
    const one = (value: string | number | null, set: (v: string | number | null) => void, testId: string, extra?: string) =>
      spec.kind === 'money' ? (
        <InputNumber<string>
          stringMode
          min="0"
          value={value === null ? null : String(value)}
          disabled={disabled}
          onChange={(v) => set(v)}
          placeholder={extra ?? placeholder}
          prefix="¥"
          style={{ width: 160 }}
          data-testid={testId}
        />
      ) : (
        <InputNumber<number>
          min={0}
          precision={0}
          value={value === null ? null : Number(value)}
          disabled={disabled}
          onChange={(v) => set(v)}
          placeholder={extra ?? placeholder}
          style={{ width: 120 }}
          data-testid={testId}
        />
      );
    if (node.cmp === 'BETWEEN') {
      const [low, high] = Array.isArray(node.value) ? node.value : [null, null];
      return (
        <Space>
          {one(low ?? null, (v) => onChange([v, high ?? null]), 'rule-value-low', t('segment.builder.low'))}
          <span>–</span>
          {one(high ?? null, (v) => onChange([low ?? null, v]), 'rule-value-high', t('segment.builder.high'))}
        </Space>
      );
    }
    return one(Array.isArray(node.value) ? null : node.value, onChange, 'rule-value');
  }

  if (spec.kind === 'enum') {
    const options = (spec.options ?? []).map((value) => ({ value, label: tr(optionLabelKey(node.field, value), value) }));
    if (node.cmp === 'IN') {
      return (
        <Select<string[]>
          mode="multiple"
          value={(Array.isArray(node.value) ? node.value : []).map(String)}
          disabled={disabled}
          onChange={(v) => onChange(v)}
          options={options}
          placeholder={t('segment.builder.choose')}
          style={{ minWidth: 220 }}
          data-testid="rule-value"
        />
      );
    }
    return (
      <Select<string>
        value={Array.isArray(node.value) || node.value === null ? undefined : String(node.value)}
        disabled={disabled}
        onChange={(v) => onChange(v)}
        options={options}
        placeholder={t('segment.builder.choose')}
        style={{ minWidth: 160 }}
        data-testid="rule-value"
      />
    );
  }

  const textPlaceholder = node.field === 'holds_product' ? t('segment.builder.productCodePlaceholder') : placeholder;
  if (node.cmp === 'IN') {
    return (
      <Select<string[]>
        mode="tags"
        value={(Array.isArray(node.value) ? node.value : []).map(String)}
        disabled={disabled}
        onChange={(v) => onChange(v)}
        placeholder={textPlaceholder}
        tokenSeparators={[',', '，']}
        open={false}
        style={{ minWidth: 220 }}
        data-testid="rule-value"
      />
    );
  }
  return (
    <Input
      value={Array.isArray(node.value) || node.value === null ? '' : String(node.value)}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      placeholder={textPlaceholder}
      maxLength={100}
      style={{ width: 200 }}
      data-testid="rule-value"
    />
  );
}
