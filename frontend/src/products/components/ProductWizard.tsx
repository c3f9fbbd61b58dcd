import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Radio, Row, Space, Steps, Typography } from 'antd';
import { useMutation } from 'urql';
import { useNavigate } from 'react-router';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import type {
  DepositTermRangeInput,
  FeeFieldsFragment,
  FeeInput,
  ProductFamily,
  ProductSubtype,
  ProductTermsFieldsFragment,
  RateTierInput,
  RiskLevel,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { FAMILIES, SUBTYPES, TERMS_KEY, TERMS_TYPENAME } from '../enums';
import { formatMoney } from '../format';
import { productCreateMutation, productUpdateMutation } from '../mutations';
import {
  defaultTerms,
  feeInput,
  formatDate,
  offeredTerms,
  STEPS,
  stepOfField,
  toCreateInput,
  toTermsInput,
  toCalculatorDraft,
  toUpdateInput,
  type ProductFormValues,
} from '../productForm';
import { CALCULATOR_FAMILIES } from '../calculator';
import { applyFieldErrors } from '../serverErrors';
import { DraftCalculator, type CalculatorTerms } from './ProductCalculator';
import { BASICS_FIELDS, BasicsFields, ELIGIBILITY_FIELDS, EligibilityFields } from './ProductFields';
import { TermsForm } from './TermsForm';
import { FeesView, TermsView } from './TermsView';

/** The fields "Next" validates on each step (recursively). */
const STEP_FIELDS: Record<(typeof STEPS)[number], string[]> = {
  family: ['family', 'subtype'],
  basics: BASICS_FIELDS,
  eligibility: ELIGIBILITY_FIELDS,
  terms: ['terms'],
  review: ['reason'],
};

/** A risk level to start from, by family; the manager can change it. */
const SUGGESTED_RISK: Record<ProductFamily, RiskLevel> = {
  DEPOSIT: 'R1',
  LOAN: 'R2',
  CREDIT_CARD: 'R2',
  WEALTH: 'R2',
  FX: 'R3',
  PRECIOUS_METAL: 'R4',
};

export const NEW_PRODUCT_DEFAULTS: ProductFormValues = {
  currency: 'CNY',
  description: '',
  highlights: [],
  targetCustomers: '',
  tags: [],
  eligibility: { customerTypes: ['INDIVIDUAL'], residency: ['RESIDENT'] },
  channels: [{ channel: 'MOBILE_BANKING' }, { channel: 'ONLINE_BANKING' }, { channel: 'COUNTER' }],
  fees: [],
  terms: {},
};

/** The terms input member rendered like loaded terms, for the review step. */
export function termsPreview(values: ProductFormValues): ProductTermsFieldsFragment | null {
  if (!values.family) return null;
  const input = toTermsInput(values.family, values.subtype, values.terms) as unknown as Record<string, Record<string, unknown> | undefined>;
  const member = input[TERMS_KEY[values.family]];
  if (!member) return null;
  const preview: Record<string, unknown> = { ...member, __typename: TERMS_TYPENAME[values.family] };
  if (values.family === 'FX') preview.fxSpreadBps = member.spreadBps;
  if (values.family === 'LOAN') {
    // the server works out the rate in force and the APR; the preview shows the lowest fixed rate
    const rates = ((member.rateTiers as { rate: string | null }[] | null) ?? []).map((tier) => Number(tier.rate)).filter((r) => Number.isFinite(r));
    preview.effectiveRate = member.rateType === 'FIXED' && rates.length ? String(Math.min(...rates)) : null;
    preview.annualisedRate = null;
  }
  if (values.family === 'DEPOSIT') {
    const tiers = (member.rateTiers as RateTierInput[] | null) ?? [];
    preview.offeredTerms = offeredTerms(member.term as DepositTermRangeInput | null, tiers);
  }
  return preview as unknown as ProductTermsFieldsFragment;
}

/** A fee input rendered like a loaded fee. */
function feePreview(fee: FeeInput): FeeFieldsFragment {
  return {
    ...fee,
    amount: fee.amount ?? null,
    rate: fee.rate ?? null,
    chargedOn: fee.chargedOn ?? null,
    currency: fee.currency ?? null,
    minAmount: fee.minAmount ?? null,
    maxAmount: fee.maxAmount ?? null,
    cap: fee.cap ?? null,
    capPeriod: fee.capPeriod ?? null,
    note: fee.note ?? '',
    waivers: (fee.waivers ?? []).map((w) => ({
      name: w.name,
      share: w.share ?? '100',
      conditions: w.conditions.map((c) => ({
        type: c.type,
        amount: c.amount ?? null,
        count: c.count ?? null,
        customerTypes: c.customerTypes ?? [],
        ageMin: c.ageMin ?? null,
        ageMax: c.ageMax ?? null,
        bundleCode: c.bundleCode ?? null,
        months: c.months ?? null,
        endsOn: c.endsOn ?? null,
      })),
    })),
  };
}

function FamilyPicker({ value, onChange, locked }: { value?: ProductFamily; onChange?: (v: ProductFamily) => void; locked: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      {FAMILIES.map((family) => {
        const selected = value === family;
        return (
          <Col xs={24} sm={12} lg={8} key={family}>
            <Card
              hoverable={!locked}
              size="small"
              onClick={() => !locked && onChange?.(family)}
              data-testid={`product-family-${family}`}
              style={{
                cursor: locked ? 'not-allowed' : 'pointer',
                borderColor: selected ? '#1677ff' : undefined,
                boxShadow: selected ? '0 0 0 2px rgba(22,119,255,0.2)' : undefined,
                opacity: locked && !selected ? 0.5 : 1,
              }}
            >
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t(`product.family.${family}`)}
              </Typography.Title>
              <Typography.Text type="secondary">{t(`product.familyHint.${family}`)}</Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

function Review({ values, editing }: { values: ProductFormValues; editing: boolean }) {
  const { t, tr } = useI18n();
  const currency = values.currency ?? 'CNY';
  const preview = termsPreview(values);
  const draft = toCalculatorDraft(values);
  const list = (items: readonly string[] | undefined) => (items && items.length ? items.join('、') : '—');
  return (
    <div data-testid="wizard-review">
      <Alert type="info" showIcon title={t('product.wizard.reviewHint')} style={{ marginBottom: 16 }} />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: t('product.field.code'), children: values.code || '—' },
          {
            key: 'family',
            label: t('product.field.family'),
            children: values.family
              ? `${tr(`product.family.${values.family}`)} / ${values.subtype ? tr(`product.subtype.${values.subtype}`) : '—'}`
              : '—',
          },
          { key: 'nameZh', label: t('product.field.nameZh'), children: values.nameZh || '—' },
          { key: 'nameEn', label: t('product.field.nameEn'), children: values.nameEn || '—' },
          { key: 'currency', label: t('product.field.currency'), children: currency },
          { key: 'risk', label: t('product.field.riskLevel'), children: values.riskLevel ? tr(`product.risk.${values.riskLevel}`) : '—' },
          { key: 'highlights', label: t('product.field.highlights'), children: list(values.highlights), span: 2 },
          {
            key: 'channels',
            label: t('product.field.channels'),
            span: 2,
            children: list(
              (values.channels ?? [])
                .filter((c) => c?.channel)
                .map((c) => {
                  const from = formatDate(c.publishFrom);
                  const to = formatDate(c.publishTo);
                  const label = tr(`product.channel.${c.channel}`);
                  return from || to ? `${label}（${from ?? '…'} ~ ${to ?? '…'}）` : label;
                }),
            ),
          },
          {
            key: 'sales',
            label: t('product.field.salesWindow'),
            children: `${formatDate(values.salesStart) ?? '…'} ~ ${formatDate(values.salesEnd) ?? '…'}`,
          },
          {
            key: 'quota',
            label: t('product.field.quotaTotal'),
            children: values.quotaTotal ? formatMoney(String(values.quotaTotal), currency) : t('product.field.unlimited'),
          },
          {
            key: 'amount',
            label: t('product.field.amountRange'),
            children: `${formatMoney(values.minAmount as string, currency)} – ${formatMoney(values.maxAmount as string, currency)}`,
          },
          {
            key: 'fees',
            label: t('product.field.fees'),
            span: 2,
            children: <FeesView fees={(values.fees ?? []).map((f) => feePreview(feeInput(f ?? {})))} currency={currency} />,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('product.page.terms')}
      </Typography.Title>
      <TermsView terms={preview} currency={currency} />
      {values.family && CALCULATOR_FAMILIES.includes(values.family) && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('calc.tab')}
          </Typography.Title>
          {/* the terms and fees as filled in, before they are saved */}
          {draft && preview ? (
            <DraftCalculator draft={draft} terms={preview as unknown as CalculatorTerms} currency={currency} />
          ) : null}
        </>
      )}
      {editing && (
        <Form.Item
          name="reason"
          label={t('product.wizard.reason')}
          style={{ marginTop: 16 }}
          rules={[{ required: true, whitespace: true, message: t('product.v.reasonRequired') }]}
        >
          <Input.TextArea rows={2} data-testid="wizard-reason" />
        </Form.Item>
      )}
    </div>
  );
}

/**
 * The product form as steps: family & subtype, basics, eligibility & channels, family terms,
 * review. Creates a product, or with `product` edits a draft (productUpdate).
 */
export function ProductWizard({
  initialValues,
  product,
}: {
  initialValues: ProductFormValues;
  product?: { id: string; code: string; version: number };
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProductFormValues>();
  const [current, setCurrent] = useState(0);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [createState, create] = useMutation(productCreateMutation);
  const [updateState, update] = useMutation(productUpdateMutation);
  const family = Form.useWatch('family', form) as ProductFamily | undefined;
  const subtype = Form.useWatch('subtype', form) as ProductSubtype | undefined;
  const editing = !!product;
  const stepTitle = (index: number) => t(`product.wizard.step.${STEPS[index]}`);

  /**
   * Validate, trying again when the form reports the values changed meanwhile ("out of date":
   * a field registering or a dependent default being set) without any field error.
   */
  const validate = async (names?: string[]) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await (names ? form.validateFields(names.map((n) => [n]), { recursive: true }) : form.validateFields(undefined, { recursive: true }));
        return;
      } catch (error) {
        const problem = error as { outOfDate?: boolean; errorFields?: unknown[] };
        if (!(problem.outOfDate && !problem.errorFields?.length && attempt < 3)) throw error;
      }
    }
  };
  const validateStep = (index: number) => validate(STEP_FIELDS[STEPS[index]]);

  const next = async () => {
    try {
      await validateStep(current);
      setCurrent((c) => Math.min(c + 1, STEPS.length - 1));
    } catch {
      message.error(t('product.wizard.stepHasErrors', { step: stepTitle(current) }));
    }
  };

  const onValuesChange = (changed: Partial<ProductFormValues>) => {
    if ('family' in changed && changed.family) {
      form.setFieldsValue({ subtype: undefined, terms: {}, riskLevel: form.getFieldValue('riskLevel') ?? SUGGESTED_RISK[changed.family] });
    }
    if ('subtype' in changed && changed.subtype && !editing) {
      const fam = form.getFieldValue('family') as ProductFamily;
      if (fam) form.setFieldValue('terms', defaultTerms(fam, changed.subtype));
    }
  };

  const submit = async () => {
    setGeneral([]);
    setConflict(false);
    try {
      await validate();
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) {
        const step = stepOfField(first.name.join('.'));
        setCurrent(step);
        message.error(t('product.wizard.stepHasErrors', { step: stepTitle(step) }));
      }
      return;
    }
    const values = form.getFieldsValue(true) as ProductFormValues;
    const result = editing
      ? await update({
          id: product.id,
          expectedVersion: product.version,
          reason: (values.reason ?? '').trim(),
          input: toUpdateInput(values),
        })
      : await create({ input: toCreateInput(values) });
    if (result.error) {
      const problem = describeError(result.error, t);
      setGeneral([problem.correlationId ? `${problem.message} (${problem.correlationId})` : problem.message]);
      return;
    }
    const data = result.data;
    const payload = data && ('productUpdate' in data ? data.productUpdate : 'productCreate' in data ? data.productCreate : null);
    if (!payload) return;
    if (payload.errors.length > 0) {
      const applied = applyFieldErrors(form, payload.errors, (e) => userErrorMessage(e, locale, tr));
      setConflict(applied.codes.includes('CONFLICT'));
      setGeneral(applied.general);
      if (applied.paths.length > 0) {
        const steps = applied.paths.map((p) => stepOfField(p.join('.')));
        setCurrent(Math.min(...steps));
      }
      return;
    }
    const code = payload.product?.code ?? values.code ?? '';
    message.success(t(editing ? 'product.wizard.updated' : 'product.wizard.created', { code }));
    if (payload.product) navigate(`/products/${encodeURIComponent(payload.product.id)}`);
  };

  const last = current === STEPS.length - 1;
  return (
    <Card
      title={editing ? t('product.wizard.editTitle', { code: product.code }) : t('product.wizard.title')}
      data-testid="product-wizard"
    >
      <Steps
        current={current}
        onChange={(step) => step < current && setCurrent(step)}
        items={STEPS.map((_, i) => ({ title: stepTitle(i) }))}
        style={{ marginBottom: 24 }}
        data-testid="wizard-steps"
      />
      <MessagesAlert messages={general} />
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('product.page.conflict')}
          data-testid="wizard-conflict"
          action={
            <Button size="small" onClick={() => window.location.reload()}>
              {t('product.page.reload')}
            </Button>
          }
        />
      )}
      <Form<ProductFormValues>
        form={form}
        layout="vertical"
        name="product-wizard"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        scrollToFirstError
      >
        {/* Every step stays mounted so server errors can land on any of them. */}
        <div style={{ display: current === 0 ? 'block' : 'none' }}>
          {editing && <Alert type="info" showIcon title={t('product.wizard.familyLocked')} style={{ marginBottom: 16 }} />}
          <Typography.Title level={5}>{t('product.wizard.chooseFamily')}</Typography.Title>
          <Form.Item name="family" rules={[{ required: true, message: t('product.wizard.familyRequired') }]}>
            <FamilyPicker locked={editing} />
          </Form.Item>
          {family && (
            <>
              <Typography.Title level={5}>{t('product.wizard.chooseSubtype')}</Typography.Title>
              <Form.Item name="subtype" rules={[{ required: true, message: t('product.wizard.familyRequired') }]}>
                <Radio.Group optionType="button" buttonStyle="solid">
                  {SUBTYPES[family].map((s) => (
                    <Radio.Button value={s} key={s}>
                      <span data-testid={`product-subtype-${s}`}>{tr(`product.subtype.${s}`, s)}</span>
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
            </>
          )}
        </div>
        <div style={{ display: current === 1 ? 'block' : 'none' }}>
          <BasicsFields codeLocked={editing} />
        </div>
        <div style={{ display: current === 2 ? 'block' : 'none' }}>
          <EligibilityFields />
        </div>
        <div style={{ display: current === 3 ? 'block' : 'none' }}>{family && <TermsForm family={family} subtype={subtype} />}</div>
        {last && (
          <Form.Item noStyle shouldUpdate>
            {() => <Review values={form.getFieldsValue(true) as ProductFormValues} editing={editing} />}
          </Form.Item>
        )}
      </Form>
      <Space style={{ marginTop: 24, width: '100%', justifyContent: 'space-between' }}>
        <Button onClick={() => navigate(editing ? `/products/${encodeURIComponent(product.id)}` : '/products')} data-testid="wizard-cancel">
          {t('product.wizard.cancel')}
        </Button>
        <Space>
          {current > 0 && (
            <Button onClick={() => setCurrent((c) => c - 1)} data-testid="wizard-prev">
              {t('product.wizard.previous')}
            </Button>
          )}
          {last ? (
            <Button type="primary" onClick={submit} loading={createState.fetching || updateState.fetching} data-testid="wizard-submit">
              {editing ? t('product.wizard.save') : t('product.wizard.create')}
            </Button>
          ) : (
            <Button type="primary" onClick={next} data-testid="wizard-next">
              {t('product.wizard.next')}
            </Button>
          )}
        </Space>
      </Space>
    </Card>
  );
}
