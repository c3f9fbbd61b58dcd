import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/useI18n';
import type { FeeType } from '../../gql/graphql';
import {
  CHANNELS,
  CURRENCIES,
  CUSTOMER_TYPES,
  DEFAULT_CHARGE_BASE,
  FEE_BASES,
  FEE_CHARGE_BASES,
  FEE_FREQUENCIES,
  FEE_TYPES,
  RESIDENCIES,
  RISK_LEVELS,
} from '../enums';
import { PRODUCT_CODE, toNumber, type FeeValues, type Num } from '../validation';
import { useListAt, WaiversEditor } from './ConditionsEditor';
import { DecimalInput, RateInput, TermsItem } from './fields';
import { useEnumOptions } from './tags';

type Translate = ReturnType<typeof useI18n>['t'];
type Getter = { getFieldValue: (name: (string | number)[] | string) => unknown };

/** Rule: this field's number is not below the one at `other` (both optional). */
export function notBelow(t: Translate, other: (string | number)[]) {
  return ({ getFieldValue }: Getter) => ({
    validator(_: unknown, value: Num) {
      const low = toNumber(getFieldValue(other) as Num);
      const high = toNumber(value);
      return low !== undefined && high !== undefined && high < low
        ? Promise.reject(new Error(t('product.v.minLeMax')))
        : Promise.resolve();
    },
  });
}

/** Rule: this date is not before the one at `other`. */
export function notBeforeDate(t: Translate, other: (string | number)[]) {
  return ({ getFieldValue }: Getter) => ({
    validator(_: unknown, value: Dayjs | null | undefined) {
      const start = getFieldValue(other) as Dayjs | null | undefined;
      return start && value && value.isBefore(start, 'day')
        ? Promise.reject(new Error(t('product.v.dateOrder')))
        : Promise.resolve();
    },
  });
}

function nonNegative(t: Translate) {
  return {
    validator(_: unknown, value: Num) {
      const n = toNumber(value);
      if (n === undefined) return Promise.resolve();
      if (Number.isNaN(n)) return Promise.reject(new Error(t('product.v.number')));
      return n < 0 ? Promise.reject(new Error(t('product.v.atLeast', { min: 0 }))) : Promise.resolve();
    },
  };
}

/** Names of the basics step's fields (validated together on "Next"). */
export const BASICS_FIELDS = ['code', 'nameZh', 'nameEn', 'currency', 'riskLevel', 'description', 'highlights', 'targetCustomers', 'tags'];
export const ELIGIBILITY_FIELDS = ['eligibility', 'channels', 'salesStart', 'salesEnd', 'quotaTotal', 'minAmount', 'maxAmount', 'fees'];

/** Step ②: code, names, currency, risk, description, highlights, target customers, tags. */
export function BasicsFields({ codeLocked = false }: { codeLocked?: boolean }) {
  const { t } = useI18n();
  const options = useEnumOptions();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('product.field.code')}
            rules={codeLocked ? [] : [{ required: true, message: t('product.v.required') }, { pattern: PRODUCT_CODE, message: t('product.v.codeFormat') }]}
            normalize={(v: string) => v?.toUpperCase()}
          >
            <Input disabled={codeLocked} placeholder="DEP-TD-3Y-001" data-testid="product-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameZh" label={t('product.field.nameZh')} rules={[{ required: true, whitespace: true, message: t('product.v.required') }, { max: 100 }]}>
            <Input data-testid="product-nameZh" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameEn" label={t('product.field.nameEn')} rules={[{ required: true, whitespace: true, message: t('product.v.required') }, { max: 200 }]}>
            <Input data-testid="product-nameEn" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="currency" label={t('product.field.currency')} rules={[{ required: true, message: t('product.v.required') }]}>
            <Select showSearch options={CURRENCIES.map((c) => ({ value: c, label: c }))} data-testid="product-currency" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="riskLevel" label={t('product.field.riskLevel')} rules={[{ required: true, message: t('product.v.required') }]}>
            <Select options={options('risk', RISK_LEVELS)} data-testid="product-riskLevel" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('product.field.description')} rules={[{ max: 20000 }]}>
        <Input.TextArea rows={6} placeholder="## …" style={{ fontFamily: 'monospace' }} data-testid="product-description" />
      </Form.Item>
      <Form.Item name="highlights" label={t('product.field.highlights')} extra={t('product.field.tagsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} data-testid="product-highlights" />
      </Form.Item>
      <Form.Item name="targetCustomers" label={t('product.field.targetCustomers')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="tags" label={t('product.field.tags')} extra={t('product.field.tagsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} data-testid="product-tags" />
      </Form.Item>
    </>
  );
}

/** Step ③: eligibility, channels with publication windows, sales window, quota, amounts, fees. */
export function EligibilityFields() {
  const { t } = useI18n();
  const options = useEnumOptions();
  const ageRule = { type: 'number' as const, min: 0, max: 120, message: t('product.v.ageRange') };
  return (
    <>
      <Typography.Title level={5}>{t('product.field.eligibility')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name={['eligibility', 'minAge']} label={t('product.field.minAge')} rules={[ageRule]}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name={['eligibility', 'maxAge']}
            label={t('product.field.maxAge')}
            dependencies={[['eligibility', 'minAge']]}
            rules={[ageRule, notBelow(t, ['eligibility', 'minAge'])]}
          >
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['eligibility', 'minAnnualIncome']} label={t('product.field.minAnnualIncome')} rules={[nonNegative(t)]}>
            <DecimalInput min="0" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['eligibility', 'customerTypes']}
            label={t('product.field.customerTypes')}
            rules={[{ required: true, type: 'array', min: 1, message: t('product.v.atLeastOne') }]}
          >
            <Select mode="multiple" options={options('customerType', CUSTOMER_TYPES)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['eligibility', 'residency']}
            label={t('product.field.residency')}
            rules={[{ required: true, type: 'array', min: 1, message: t('product.v.atLeastOne') }]}
          >
            <Select mode="multiple" options={options('residency', RESIDENCIES)} />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('product.field.channels')}</Typography.Title>
      <Form.List
        name="channels"
        rules={[
          {
            validator: async (_, value: { channel?: string }[] | undefined) => {
              const list = (value ?? []).map((c) => c?.channel).filter(Boolean);
              if (list.length === 0) throw new Error(t('product.v.atLeastOne'));
              if (new Set(list).size !== list.length) throw new Error(t('product.v.duplicate'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div data-testid="product-channels">
            {fields.map((field) => (
              <Row gutter={8} key={field.key}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'channel']} rules={[{ required: true, message: t('product.v.required') }]}>
                    <Select placeholder={t('product.field.channel')} options={options('channel', CHANNELS)} />
                  </Form.Item>
                </Col>
                <Col xs={11} md={7}>
                  <Form.Item name={[field.name, 'publishFrom']}>
                    <DatePicker style={{ width: '100%' }} placeholder={t('product.field.publishWindow')} />
                  </Form.Item>
                </Col>
                <Col xs={11} md={7}>
                  <Form.Item
                    name={[field.name, 'publishTo']}
                    dependencies={[['channels', field.name, 'publishFrom']]}
                    rules={[notBeforeDate(t, ['channels', field.name, 'publishFrom'])]}
                  >
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={2} md={2}>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('product.common.delete')} />
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
              {t('product.field.addChannel')}
            </Button>
          </div>
        )}
      </Form.List>

      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="salesStart" label={t('product.field.salesStart')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="salesEnd" label={t('product.field.salesEnd')} dependencies={['salesStart']} rules={[notBeforeDate(t, ['salesStart'])]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="quotaTotal" label={t('product.field.quotaTotal')} rules={[nonNegative(t)]} extra={t('product.field.unlimited')}>
            <DecimalInput min="0" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="minAmount" label={t('product.field.minAmount')} rules={[nonNegative(t)]}>
            <DecimalInput min="0" data-testid="product-minAmount" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="maxAmount" label={t('product.field.maxAmount')} dependencies={['minAmount']} rules={[nonNegative(t), notBelow(t, ['minAmount'])]}>
            <DecimalInput min="0" data-testid="product-maxAmount" />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('product.field.fees')}</Typography.Title>
      <FeesEditor />
    </>
  );
}

/** The product's typed fees, each with its waivers; errors on `fees.i.*` land on the field. */
function FeesEditor() {
  const { t } = useI18n();
  const { items, add, remove } = useListAt<FeeValues>(['fees']);
  return (
    <div data-testid="product-fees">
      {items.map((_, i) => (
        <FeeRow key={i} index={i} onRemove={() => remove(i)} />
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ basis: 'FIXED', frequency: 'ONE_TIME', waivers: [], note: '' })} data-testid="fee-add">
        {t('product.field.addFee')}
      </Button>
    </div>
  );
}

function FeeRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useI18n();
  const options = useEnumOptions();
  const form = Form.useFormInstance();
  const basis = Form.useWatch(['fees', index, 'basis']) as string | undefined;
  const at = (field: string) => ({ name: ['fees', index, field], path: [index, field], scope: 'fees' as const });
  const compact = { marginBottom: 8 };
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 8px 0', marginBottom: 8 }} data-testid={`fee-${index}`}>
      <Row gutter={8}>
        <Col xs={24} md={5}>
          <TermsItem {...at('type')} label={t('product.field.feeType')} style={compact}>
            <Select
              options={options('feeType', FEE_TYPES)}
              onChange={(type: FeeType) => {
                if (form.getFieldValue(['fees', index, 'basis']) === 'RATE') form.setFieldValue(['fees', index, 'chargedOn'], DEFAULT_CHARGE_BASE[type]);
              }}
              data-testid={`fee-${index}-type`}
            />
          </TermsItem>
        </Col>
        <Col xs={12} md={4}>
          <TermsItem {...at('basis')} label={t('product.field.feeBasis')} style={compact}>
            <Select
              options={options('feeBasis', FEE_BASES)}
              onChange={(value: string) => {
                const type = form.getFieldValue(['fees', index, 'type']) as FeeType | undefined;
                if (value === 'RATE' && type) form.setFieldValue(['fees', index, 'chargedOn'], DEFAULT_CHARGE_BASE[type]);
              }}
            />
          </TermsItem>
        </Col>
        {basis === 'RATE' ? (
          <>
            <Col xs={12} md={4}>
              <TermsItem {...at('rate')} label={t('product.field.feeRate')} style={compact}>
                <RateInput data-testid={`fee-${index}-rate`} />
              </TermsItem>
            </Col>
            <Col xs={24} md={6}>
              <TermsItem {...at('chargedOn')} label={t('product.field.feeChargedOn')} style={compact}>
                <Select options={options('feeChargeBase', FEE_CHARGE_BASES)} />
              </TermsItem>
            </Col>
          </>
        ) : (
          <Col xs={12} md={4}>
            <TermsItem {...at('amount')} label={t('product.field.feeAmount')} style={compact}>
              <DecimalInput min="0" data-testid={`fee-${index}-amount`} />
            </TermsItem>
          </Col>
        )}
        <Col xs={12} md={4}>
          <TermsItem {...at('frequency')} label={t('product.field.feeFrequency')} style={compact}>
            <Select options={options('feeFrequency', FEE_FREQUENCIES)} />
          </TermsItem>
        </Col>
        <Col flex="none" style={{ paddingTop: 30 }}>
          <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('product.common.delete')} />
        </Col>
      </Row>
      <Row gutter={8}>
        <Col xs={12} md={4}>
          <TermsItem {...at('currency')} label={t('product.field.feeCurrency')} style={compact}>
            <Select allowClear showSearch placeholder={t('product.field.feeCurrencyProduct')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </TermsItem>
        </Col>
        <Col xs={12} md={4}>
          <TermsItem {...at('minAmount')} label={t('product.field.feeMin')} style={compact}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col xs={12} md={4}>
          <TermsItem {...at('maxAmount')} label={t('product.field.feeMax')} style={compact}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col xs={12} md={4}>
          <TermsItem {...at('cap')} label={t('product.field.feeCap')} style={compact}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col xs={12} md={4}>
          <TermsItem {...at('capPeriod')} label={t('product.field.feeCapPeriod')} style={compact}>
            <Select allowClear options={options('feeFrequency', FEE_FREQUENCIES).filter((o) => o.value !== 'ONE_TIME' && o.value !== 'PER_TRANSACTION')} />
          </TermsItem>
        </Col>
      </Row>
      <TermsItem {...at('note')} label={t('product.field.feeNote')} style={compact}>
        <Input />
      </TermsItem>
      <Typography.Text type="secondary">{t('product.field.feeWaivers')}</Typography.Text>
      <div style={{ marginTop: 4 }}>
        <WaiversEditor name={['fees', index, 'waivers']} path={[index, 'waivers']} scope="fees" />
      </div>
    </div>
  );
}
