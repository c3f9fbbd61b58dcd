import { Button, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/useI18n';
import { CONDITION_TYPES, CUSTOMER_TYPES } from '../enums';
import { CONDITION_PARAMS, type ConditionValues, type FeeWaiverValues } from '../validation';
import { ANCHOR_ITEM, DecimalInput, ErrorAnchor, IntInput, TermsItem, type Scope } from './fields';
import { useEnumOptions } from './tags';

type Path = (string | number)[];

/** Add and remove items of a list held at an absolute form path (usable inside any other list). */
export function useListAt<T>(name: Path) {
  const form = Form.useFormInstance();
  const items = (Form.useWatch(name, { form, preserve: true }) as T[] | undefined) ?? [];
  const set = (next: T[]) => form.setFieldValue(name, next);
  return {
    items,
    add: (item: T) => set([...((form.getFieldValue(name) as T[] | undefined) ?? []), item]),
    remove: (index: number) => set(((form.getFieldValue(name) as T[] | undefined) ?? []).filter((_, i) => i !== index)),
    set,
  };
}

/**
 * Typed conditions (all must hold): pick a type, then exactly the fields of that type. `name` is
 * the absolute form path of the list, `path` the rules' path of it (inside the terms member or `fees`).
 */
export function ConditionsEditor({ name, path, scope = 'terms' }: { name: Path; path: Path; scope?: Scope }) {
  const { t } = useI18n();
  const options = useEnumOptions();
  const form = Form.useFormInstance();
  const { items, add, remove } = useListAt<ConditionValues>(name);
  const used = new Set(items.map((c) => c?.type));
  return (
    <div data-testid={`conditions-${path.join('-')}`} style={{ paddingLeft: 12, borderLeft: '2px solid #f0f0f0', marginBottom: 8 }}>
      <Typography.Text type="secondary">{t('product.cond.title')}</Typography.Text>
      {items.map((condition, i) => {
        const params = CONDITION_PARAMS[condition?.type ?? ''] ?? [];
        const at = (field: string) => ({ name: [...name, i, field], path: [...path, i, field], scope });
        return (
          <Row gutter={8} key={i} align="top" style={{ marginTop: 4 }} data-testid={`condition-${path.join('-')}-${i}`}>
            <Col xs={24} md={7}>
              <TermsItem {...at('type')} style={{ marginBottom: 8 }}>
                <Select
                  placeholder={t('product.cond.type')}
                  options={options('conditionType', CONDITION_TYPES).map((o) => ({ ...o, disabled: used.has(o.value) && o.value !== condition?.type }))}
                  onChange={(type: string) => form.setFieldValue([...name, i], { type })}
                  data-testid={`condition-type-${path.join('-')}-${i}`}
                />
              </TermsItem>
            </Col>
            {params.includes('amount') && (
              <Col xs={24} md={6}>
                <TermsItem {...at('amount')} style={{ marginBottom: 8 }}>
                  <DecimalInput
                    min="0"
                    placeholder={t(condition?.type === 'PAYROLL_DEPOSIT' ? 'product.cond.amountOptional' : 'product.cond.amount')}
                    prefix="¥"
                    data-testid={`condition-amount-${path.join('-')}-${i}`}
                  />
                </TermsItem>
              </Col>
            )}
            {params.includes('count') && (
              <Col xs={24} md={5}>
                <TermsItem {...at('count')} style={{ marginBottom: 8 }}>
                  <IntInput min={1} placeholder={t('product.cond.count')} suffix={t('product.cond.times')} />
                </TermsItem>
              </Col>
            )}
            {params.includes('customerTypes') && (
              <Col xs={24} md={10}>
                <TermsItem {...at('customerTypes')} style={{ marginBottom: 8 }}>
                  <Select mode="multiple" placeholder={t('product.cond.customerTypes')} options={options('customerType', CUSTOMER_TYPES)} />
                </TermsItem>
              </Col>
            )}
            {params.includes('ageMin') && (
              <>
                <Col xs={12} md={4}>
                  <TermsItem {...at('ageMin')} style={{ marginBottom: 8 }}>
                    <IntInput min={0} max={120} placeholder={t('product.cond.ageMin')} />
                  </TermsItem>
                </Col>
                <Col xs={12} md={4}>
                  <TermsItem {...at('ageMax')} style={{ marginBottom: 8 }}>
                    <IntInput min={0} max={120} placeholder={t('product.cond.ageMax')} />
                  </TermsItem>
                </Col>
              </>
            )}
            {params.includes('bundleCode') && (
              <Col xs={24} md={8}>
                <TermsItem {...at('bundleCode')} style={{ marginBottom: 8 }} normalize={(v: string) => v?.toUpperCase()}>
                  <Input placeholder={t('product.cond.bundleCode')} />
                </TermsItem>
              </Col>
            )}
            {params.includes('months') && (
              <>
                <Col xs={12} md={5}>
                  <TermsItem {...at('months')} style={{ marginBottom: 8 }}>
                    <IntInput min={1} placeholder={t('product.cond.months')} suffix={t('product.cond.monthsUnit')} />
                  </TermsItem>
                </Col>
                <Col xs={12} md={6}>
                  <TermsItem {...at('endsOn')} style={{ marginBottom: 8 }}>
                    <DatePicker style={{ width: '100%' }} placeholder={t('product.cond.endsOn')} />
                  </TermsItem>
                </Col>
              </>
            )}
            <Col flex="none">
              <Button icon={<DeleteOutlined />} onClick={() => remove(i)} aria-label={t('product.common.delete')} />
            </Col>
          </Row>
        );
      })}
      <TermsItem name={name} path={path} scope={scope} {...ANCHOR_ITEM}>
        <ErrorAnchor />
      </TermsItem>
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => add({ type: CONDITION_TYPES.find((c) => !used.has(c)) })}
        disabled={used.size >= CONDITION_TYPES.length}
        style={{ margin: '4px 0 8px' }}
        data-testid={`condition-add-${path.join('-')}`}
      >
        {t('product.cond.add')}
      </Button>
    </div>
  );
}

/** Fee waivers: a name, the share waived (100 % = all of it) and their conditions. */
export function WaiversEditor({ name, path, scope = 'terms' }: { name: Path; path: Path; scope?: Scope }) {
  const { t } = useI18n();
  const { items, add, remove } = useListAt<FeeWaiverValues>(name);
  return (
    <div data-testid={`waivers-${path.join('-')}`}>
      {items.map((_, i) => (
        <div key={i} style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: '8px 8px 0', marginBottom: 8 }}>
          <Row gutter={8} align="top">
            <Col xs={24} md={14}>
              <TermsItem name={[...name, i, 'name']} path={[...path, i, 'name']} scope={scope} style={{ marginBottom: 8 }}>
                <Input placeholder={t('product.waiver.name')} data-testid={`waiver-name-${path.join('-')}-${i}`} />
              </TermsItem>
            </Col>
            <Col xs={18} md={7}>
              <TermsItem name={[...name, i, 'share']} path={[...path, i, 'share']} scope={scope} style={{ marginBottom: 8 }}>
                <DecimalInput min="0" max="100" placeholder={t('product.waiver.share')} suffix="%" />
              </TermsItem>
            </Col>
            <Col flex="none">
              <Button icon={<DeleteOutlined />} onClick={() => remove(i)} aria-label={t('product.common.delete')} />
            </Col>
          </Row>
          <ConditionsEditor name={[...name, i, 'conditions']} path={[...path, i, 'conditions']} scope={scope} />
        </div>
      ))}
      <Space>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => add({ name: '', share: '100', conditions: [{ type: 'MIN_TRANSACTIONS_A_YEAR' }] })}
          style={{ marginBottom: 8 }}
          data-testid={`waiver-add-${path.join('-')}`}
        >
          {t('product.waiver.add')}
        </Button>
      </Space>
    </div>
  );
}
