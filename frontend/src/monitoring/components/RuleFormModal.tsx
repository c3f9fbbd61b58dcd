import { useMemo, useState } from 'react';
import { App, Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import { useDebounced } from '../../customers/useDebounced';
import type { ProductFamily, RiskRuleRowFragment, RuleCondition, RuleScope } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { DecimalInput } from '../../products/components/fields';
import { FAMILIES } from '../../products/enums';
import { localName } from '../alertText';
import { AUTO_ACTIONS, CONDITIONS, METRICS, SCOPES } from '../enums';
import { levelUnit } from '../format';
import { riskRuleCreateMutation, riskRuleUpdateMutation } from '../mutations';
import { ruleProductOptionsQuery } from '../queries';
import {
  fromRule,
  levelsHintKey,
  MAX_BASELINE_DAYS,
  MAX_WINDOW_DAYS,
  NAME_EN_MAX,
  NAME_ZH_MAX,
  NEW_RULE,
  RULE_FIELDS,
  normalizeCode,
  toCreateInput,
  toUpdateVariables,
  validateRule,
  type RuleField,
  type RuleFormValues,
} from '../ruleForm';
import { useMonitoringOptions } from './tags';

/** Fields whose checks read other fields: each re-validates when one of these changes. */
const LEVEL_FIELDS: RuleField[] = ['condition', 'normalLow', 'normalHigh', 'warningLevel', 'criticalLevel'];

/**
 * Create or edit a risk rule. The form runs the server's checks as the user types (ruleForm.ts);
 * what the server still refuses (a taken code, a stale version) lands on the field it names or
 * above the form.
 */
export function RuleFormModal({ rule, onClose, onSaved }: { rule: RiskRuleRowFragment | null; onClose: () => void; onSaved: () => void }) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const options = useMonitoringOptions();
  const [form] = Form.useForm<RuleFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [productText, setProductText] = useState('');
  const search = useDebounced(productText, 250);
  const [created, create] = useMutation(riskRuleCreateMutation);
  const [updated, update] = useMutation(riskRuleUpdateMutation);
  const initialValues = useMemo(() => (rule ? fromRule(rule) : NEW_RULE), [rule]);

  const scope = Form.useWatch('scope', form) as RuleScope | undefined;
  const [products] = useQuery({ query: ruleProductOptionsQuery, variables: { text: search.trim() || null }, pause: scope !== 'PRODUCT' });
  const metric = Form.useWatch('metric', form);
  const condition = Form.useWatch('condition', form) as RuleCondition | undefined;
  const warningLevel = Form.useWatch('warningLevel', form) as string | null | undefined;
  const productId = Form.useWatch('productId', form) as string | null | undefined;

  const productOptions = useMemo(() => {
    const found = products.data?.products.edges.map((edge) => edge.node) ?? [];
    const current = rule?.product;
    const all = current && !found.some((p) => p.id === current.id) ? [current, ...found] : found;
    return all.map((p) => ({ value: p.id, label: `${p.code} ${localName(p, locale)}`, family: p.family }));
  }, [products.data, rule, locale]);
  const productFamily = productOptions.find((option) => option.value === productId)?.family as ProductFamily | undefined;
  const context = { productFamily, original: rule ?? undefined };

  // One antd rule per field, running the whole rule's checks and keeping this field's issues.
  const check =
    (field: RuleField): Rule =>
    ({ getFieldsValue }) => ({
      validator() {
        const values = { ...initialValues, ...(getFieldsValue(true) as RuleFormValues) };
        const mine = validateRule(values, context).filter((issue) => issue.field === field);
        return mine.length ? Promise.reject(new Error(mine.map((issue) => t(issue.key, issue.params)).join('；'))) : Promise.resolve();
      },
    });

  const submit = async (values: RuleFormValues) => {
    setGeneral([]);
    setConflict(false);
    const all = { ...initialValues, ...values };
    const answer = rule
      ? await update(toUpdateVariables(all, rule)).then((r) => ({ error: r.error, payload: r.data?.riskRuleUpdate }))
      : await create({ input: toCreateInput(all) }).then((r) => ({ error: r.error, payload: r.data?.riskRuleCreate }));
    if (answer.error) return setGeneral([describeError(answer.error, t).message]);
    const payload = answer.payload;
    if (!payload) return;
    if (payload.errors.length) {
      const errors = payload.errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) }));
      setConflict(errors.some((e) => e.code === 'CONFLICT'));
      setGeneral(applyUserErrors(form, errors, RULE_FIELDS));
      return;
    }
    if (payload.riskRule?.pendingChange) message.info(t('monitoring.rule.pending.sent', { code: payload.riskRule.code }));
    else message.success(t(rule ? 'monitoring.rule.updated' : 'monitoring.rule.created', { code: payload.riskRule?.code ?? '' }));
    onSaved();
  };

  const unit = levelUnit(metric, condition);
  const level = (name: RuleField, label: string, testId: string) => (
    <Form.Item name={name} label={label} rules={[check(name)]} dependencies={LEVEL_FIELDS.filter((f) => f !== name)}>
      <DecimalInput suffix={unit || undefined} data-testid={testId} />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={880}
      title={rule ? t('monitoring.rule.editTitle', { code: rule.code }) : t('monitoring.rule.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} loading={created.fetching || updated.fetching} testId="rule-save" />}
    >
      <MessagesAlert messages={general} />
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('monitoring.rule.conflict')}
          action={
            <Button size="small" onClick={onSaved}>
              {t('monitoring.action.reload')}
            </Button>
          }
        />
      )}
      <Form<RuleFormValues> form={form} layout="vertical" name="risk-rule" initialValues={initialValues} onFinish={submit} data-testid="rule-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={t('monitoring.rule.code')} rules={[check('code')]} normalize={(value?: string) => value?.toUpperCase()} extra={t('monitoring.rule.codeHint')}>
              <Input maxLength={40} data-testid="rule-code" onBlur={() => form.setFieldValue('code', normalizeCode(form.getFieldValue('code') as string))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nameZh" label={t('monitoring.rule.nameZh')} rules={[check('nameZh')]}>
              <Input maxLength={NAME_ZH_MAX} data-testid="rule-name-zh" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nameEn" label={t('monitoring.rule.nameEn')} rules={[check('nameEn')]}>
              <Input maxLength={NAME_EN_MAX} data-testid="rule-name-en" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('monitoring.rule.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="metric" label={t('monitoring.rule.metric')} rules={[check('metric')]} dependencies={['scope', 'family', 'productId']}>
              <Select options={options('metric', METRICS)} data-testid="rule-metric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="condition" label={t('monitoring.rule.condition')} rules={[check('condition')]}>
              <Select options={options('condition', CONDITIONS)} data-testid="rule-condition" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="scope" label={t('monitoring.rule.scope')} rules={[check('scope')]}>
              <Select options={options('scope', SCOPES)} data-testid="rule-scope" />
            </Form.Item>
          </Col>
        </Row>
        {scope === 'FAMILY' && (
          <Form.Item name="family" label={t('monitoring.rule.family')} rules={[check('family')]} dependencies={['scope']}>
            <Select options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))} data-testid="rule-family" />
          </Form.Item>
        )}
        {scope === 'PRODUCT' && (
          <Form.Item name="productId" label={t('monitoring.rule.product')} rules={[check('productId')]} dependencies={['scope']}>
            <Select
              showSearch={{ filterOption: false, onSearch: setProductText }}
              loading={products.fetching}
              options={productOptions}
              placeholder={t('monitoring.rule.productPlaceholder')}
              data-testid="rule-product"
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={12} md={6}>
            {level('normalLow', t('monitoring.rule.normalLow'), 'rule-normal-low')}
          </Col>
          <Col xs={12} md={6}>
            {level('normalHigh', t('monitoring.rule.normalHigh'), 'rule-normal-high')}
          </Col>
          <Col xs={12} md={6}>
            {level('warningLevel', t('monitoring.rule.warningLevel'), 'rule-warning')}
          </Col>
          <Col xs={12} md={6}>
            {level('criticalLevel', t('monitoring.rule.criticalLevel'), 'rule-critical')}
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }} data-testid="rule-levels-hint">
          {t(levelsHintKey(condition, warningLevel))}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="windowDays" label={t('monitoring.rule.windowDays')} rules={[check('windowDays')]} extra={t('monitoring.rule.windowHint', { max: MAX_WINDOW_DAYS })}>
              <InputNumber min={1} max={MAX_WINDOW_DAYS} precision={0} style={{ width: '100%' }} data-testid="rule-window" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="baselineDays"
              label={t('monitoring.rule.baselineDays')}
              rules={[check('baselineDays')]}
              extra={t('monitoring.rule.baselineHint', { max: MAX_BASELINE_DAYS })}
            >
              <InputNumber min={1} max={MAX_BASELINE_DAYS} precision={0} style={{ width: '100%' }} data-testid="rule-baseline" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="autoAction" label={t('monitoring.rule.autoAction')} rules={[check('autoAction')]} dependencies={['criticalLevel']}>
              <Select options={options('autoAction', AUTO_ACTIONS)} data-testid="rule-auto-action" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="enabled" label={t('monitoring.rule.enabled')} valuePropName="checked">
              <Switch data-testid="rule-enabled" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
