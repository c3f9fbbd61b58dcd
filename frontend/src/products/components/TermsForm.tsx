import { Button, Col, Form, Input, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProductFamily, ProductSubtype } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import {
  CARD_TIERS,
  DEPOSIT_TERMS_MONTHS,
  FX_TENORS,
  INTEREST_PAYMENTS,
  LOAN_RATE_TYPES,
  LPR_TENORS,
  METAL_UNITS,
  METALS,
  OFFERINGS,
  REPAYMENT_METHODS,
  TERMS_KEY,
} from '../enums';
import { DecimalInput, IntInput, RateInput, TermsItem } from './fields';
import { useEnumOptions } from './tags';

type Path = (string | number)[];

interface FamilyFormProps {
  /** Form name prefix of the family's terms member, e.g. ['terms', 'deposit']. */
  prefix: Path;
  subtype?: ProductSubtype;
}

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

function DepositTermsForm({ prefix, subtype }: FamilyFormProps) {
  const { t } = useI18n();
  const options = useEnumOptions();
  const demand = subtype === 'DEMAND';
  const offered = (Form.useWatch([...prefix, 'termsMonths']) as number[] | undefined) ?? [];
  const termLabel = (n: number) => t('product.terms.months', { n });
  return (
    <>
      {!demand && (
        <TermsItem name={[...prefix, 'termsMonths']} path={['termsMonths']} label={t('product.terms.termsMonths')}>
          <Select
            mode="multiple"
            data-testid="terms-deposit-termsMonths"
            options={DEPOSIT_TERMS_MONTHS.map((n) => ({ value: n, label: termLabel(n) }))}
          />
        </TermsItem>
      )}
      <Typography.Text strong>{t('product.terms.rateTable')}</Typography.Text>
      <Form.List name={[...prefix, 'rateTable']}>
        {(fields, { add, remove }, { errors }) => (
          <div style={{ marginTop: 8 }} data-testid="terms-deposit-rateTable">
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="top">
                {!demand && (
                  <Col xs={24} md={7}>
                    <TermsItem
                      name={[field.name, 'termMonths']}
                      path={['rateTable', field.name, 'termMonths']}
                      label={t('product.terms.termMonths')}
                    >
                      <Select
                        data-testid={`terms-deposit-rateTable-${field.name}-termMonths`}
                        options={offered.map((n) => ({ value: n, label: termLabel(n) }))}
                      />
                    </TermsItem>
                  </Col>
                )}
                <Col xs={24} md={demand ? 11 : 7}>
                  <TermsItem
                    name={[field.name, 'minAmount']}
                    path={['rateTable', field.name, 'minAmount']}
                    label={t('product.terms.tierMinAmount')}
                  >
                    <DecimalInput min="0" data-testid={`terms-deposit-rateTable-${field.name}-minAmount`} />
                  </TermsItem>
                </Col>
                <Col xs={24} md={demand ? 11 : 7}>
                  <TermsItem name={[field.name, 'rate']} path={['rateTable', field.name, 'rate']} label={t('product.terms.rate')}>
                    <RateInput data-testid={`terms-deposit-rateTable-${field.name}-rate`} />
                  </TermsItem>
                </Col>
                <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('product.common.delete')} />
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ termMonths: demand ? null : offered[0], minAmount: '0' })}
              style={{ marginBottom: 16 }}
              data-testid="terms-deposit-addTier"
            >
              {t('product.terms.addTier')}
            </Button>
          </div>
        )}
      </Form.List>
      {/* The rate-table level issues ("add at least one tier") are reported on this item. */}
      <TermsItem name={[...prefix, 'rateTable']} path={['rateTable']} noStyle>
        <span />
      </TermsItem>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'minimumDeposit']} path={['minimumDeposit']} label={t('product.terms.minimumDeposit')}>
            <DecimalInput min="0" data-testid="terms-deposit-minimumDeposit" />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem name={[...prefix, 'interestPayment']} path={['interestPayment']} label={t('product.terms.interestPayment')}>
            <Select options={options('interestPayment', INTEREST_PAYMENTS)} />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem
            name={[...prefix, 'earlyWithdrawalRate']}
            path={['earlyWithdrawalRate']}
            label={t('product.terms.earlyWithdrawalRate')}
          >
            <RateInput data-testid="terms-deposit-earlyWithdrawalRate" />
          </TermsItem>
        </Col>
      </Row>
      <Form.Item name={[...prefix, 'autoRenewal']} label={t('product.terms.autoRenewal')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </>
  );
}

function LoanTermsForm({ prefix }: FamilyFormProps) {
  const { t } = useI18n();
  const options = useEnumOptions();
  const rateType = Form.useWatch([...prefix, 'rateType']) as string | undefined;
  const collateral = Form.useWatch([...prefix, 'collateralRequired']) as boolean | undefined;
  return (
    <>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'rateType']} path={['rateType']} label={t('product.terms.rateType')}>
            <Radio.Group optionType="button" options={options('loanRateType', LOAN_RATE_TYPES)} />
          </TermsItem>
        </Col>
        {rateType === 'FIXED' ? (
          <Col {...third}>
            <TermsItem name={[...prefix, 'fixedRate']} path={['fixedRate']} label={t('product.terms.fixedRate')}>
              <RateInput data-testid="terms-loan-fixedRate" />
            </TermsItem>
          </Col>
        ) : (
          <>
            <Col {...third}>
              <TermsItem name={[...prefix, 'lprTenor']} path={['lprTenor']} label={t('product.terms.lprTenor')}>
                <Select options={options('lprTenor', LPR_TENORS)} />
              </TermsItem>
            </Col>
            <Col {...third}>
              <TermsItem name={[...prefix, 'spreadBps']} path={['spreadBps']} label={t('product.terms.spreadBps')}>
                <IntInput suffix="bp" />
              </TermsItem>
            </Col>
          </>
        )}
      </Row>
      <Row gutter={16}>
        {(['amountMin', 'amountMax', 'amountDefault'] as const).map((key) => (
          <Col {...third} key={key}>
            <TermsItem name={[...prefix, key]} path={[key]} label={t(`product.terms.${key}`)}>
              <DecimalInput min="0" />
            </TermsItem>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        {(['termMonthsMin', 'termMonthsMax', 'termMonthsDefault'] as const).map((key) => (
          <Col {...third} key={key}>
            <TermsItem name={[...prefix, key]} path={[key]} label={t(`product.terms.${key}`)}>
              <IntInput min={0} />
            </TermsItem>
          </Col>
        ))}
      </Row>
      <TermsItem name={[...prefix, 'repaymentMethods']} path={['repaymentMethods']} label={t('product.terms.repaymentMethods')}>
        <Select mode="multiple" options={options('repayment', REPAYMENT_METHODS)} />
      </TermsItem>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item name={[...prefix, 'collateralRequired']} label={t('product.terms.collateralRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {collateral && (
          <Col {...third}>
            <TermsItem name={[...prefix, 'maxLtv']} path={['maxLtv']} label={t('product.terms.maxLtv')}>
              <DecimalInput min="0" max="100" suffix="%" />
            </TermsItem>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col {...half}>
          <TermsItem name={[...prefix, 'gracePeriodDays']} path={['gracePeriodDays']} label={t('product.terms.gracePeriodDays')}>
            <IntInput min={0} />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'penaltyRate']} path={['penaltyRate']} label={t('product.terms.penaltyRate')}>
            <RateInput />
          </TermsItem>
        </Col>
      </Row>
    </>
  );
}

function StringList({ name, path, addLabel, testId }: { name: Path; path: Path; addLabel: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid={testId}>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <TermsItem name={field.name} path={[...path, field.name]}>
                <Input style={{ width: 360 }} />
              </TermsItem>
              <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('product.common.delete')} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ marginBottom: 16 }}>
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function CreditCardTermsForm({ prefix, subtype }: FamilyFormProps) {
  const { t } = useI18n();
  const options = useEnumOptions();
  return (
    <>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'tier']} path={['tier']} label={t('product.terms.tier')}>
            <Select options={options('cardTier', CARD_TIERS)} />
          </TermsItem>
        </Col>
        {subtype === 'CO_BRANDED' && (
          <Col {...third}>
            <TermsItem name={[...prefix, 'partnerBrand']} path={['partnerBrand']} label={t('product.terms.partnerBrand')} required>
              <Input data-testid="terms-creditCard-partnerBrand" />
            </TermsItem>
          </Col>
        )}
        <Col {...third}>
          <TermsItem name={[...prefix, 'interestFreeDaysMax']} path={['interestFreeDaysMax']} label={t('product.terms.interestFreeDaysMax')}>
            <IntInput min={0} />
          </TermsItem>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'annualFee']} path={['annualFee']} label={t('product.terms.annualFee')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col xs={24} md={16}>
          <TermsItem name={[...prefix, 'feeWaiverRule']} path={['feeWaiverRule']} label={t('product.terms.feeWaiverRule')}>
            <Input />
          </TermsItem>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'interestRate']} path={['interestRate']} label={t('product.terms.interestRate')}>
            <RateInput />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem name={[...prefix, 'pointsPerYuan']} path={['pointsPerYuan']} label={t('product.terms.pointsPerYuan')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
      </Row>
      <Typography.Text strong>{t('product.terms.categoryMultipliers')}</Typography.Text>
      <Form.List name={[...prefix, 'categoryMultipliers']}>
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <TermsItem name={[field.name, 'category']} path={['categoryMultipliers', field.name, 'category']}>
                  <Input placeholder={t('product.terms.category')} style={{ width: 200 }} />
                </TermsItem>
                <TermsItem name={[field.name, 'multiplier']} path={['categoryMultipliers', field.name, 'multiplier']}>
                  <DecimalInput min="0" placeholder={t('product.terms.multiplier')} style={{ width: 140 }} suffix="×" />
                </TermsItem>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('product.common.delete')} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ category: '', multiplier: '2' })} style={{ marginBottom: 16 }}>
              {t('product.terms.addMultiplier')}
            </Button>
          </div>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col {...half}>
          <TermsItem name={[...prefix, 'creditLimitMin']} path={['creditLimitMin']} label={t('product.terms.creditLimitMin')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'creditLimitMax']} path={['creditLimitMax']} label={t('product.terms.creditLimitMax')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'cashAdvanceFeeRate']} path={['cashAdvanceFeeRate']} label={t('product.terms.cashAdvanceFeeRate')}>
            <RateInput />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'cashAdvanceFeeMin']} path={['cashAdvanceFeeMin']} label={t('product.terms.cashAdvanceFeeMin')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
      </Row>
      <Typography.Text strong>{t('product.terms.benefits')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <StringList name={[...prefix, 'benefits']} path={['benefits']} addLabel={t('product.terms.addBenefit')} testId="terms-creditCard-benefits" />
      </div>
    </>
  );
}

function WealthTermsForm({ prefix }: FamilyFormProps) {
  const { t } = useI18n();
  const options = useEnumOptions();
  const openEnded = Form.useWatch([...prefix, 'openEnded']) as boolean | undefined;
  return (
    <>
      <Row gutter={16}>
        <Col {...half}>
          <TermsItem name={[...prefix, 'benchmarkMin']} path={['benchmarkMin']} label={t('product.terms.benchmarkMin')}>
            <RateInput data-testid="terms-wealth-benchmarkMin" />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'benchmarkMax']} path={['benchmarkMax']} label={t('product.terms.benchmarkMax')}>
            <RateInput data-testid="terms-wealth-benchmarkMax" />
          </TermsItem>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item name={[...prefix, 'openEnded']} label={t('product.terms.openEnded')} valuePropName="checked">
            <Switch checkedChildren={t('product.terms.openEnded')} unCheckedChildren={t('product.terms.closedEnded')} />
          </Form.Item>
        </Col>
        {!openEnded && (
          <Col {...third}>
            <TermsItem name={[...prefix, 'termDays']} path={['termDays']} label={t('product.terms.termDays')}>
              <IntInput min={1} />
            </TermsItem>
          </Col>
        )}
        <Col {...third}>
          <TermsItem name={[...prefix, 'offering']} path={['offering']} label={t('product.terms.offering')}>
            <Radio.Group optionType="button" options={options('offering', OFFERINGS)} />
          </TermsItem>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...half}>
          <TermsItem name={[...prefix, 'minimumInvestment']} path={['minimumInvestment']} label={t('product.terms.minimumInvestment')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'coolingOffHours']} path={['coolingOffHours']} label={t('product.terms.coolingOffHours')}>
            <IntInput min={0} />
          </TermsItem>
        </Col>
      </Row>
      <Row gutter={16}>
        {(['subscriptionFeeRate', 'managementFeeRate', 'custodyFeeRate'] as const).map((key) => (
          <Col {...third} key={key}>
            <TermsItem name={[...prefix, key]} path={[key]} label={t(`product.terms.${key}`)}>
              <RateInput />
            </TermsItem>
          </Col>
        ))}
      </Row>
    </>
  );
}

function FxTermsForm({ prefix, subtype }: FamilyFormProps) {
  const { t } = useI18n();
  return (
    <>
      <TermsItem
        name={[...prefix, 'currencyPairs']}
        path={['currencyPairs']}
        label={t('product.terms.currencyPairs')}
        extra={t('product.terms.currencyPairsHint')}
      >
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
      </TermsItem>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'spreadBps']} path={['spreadBps']} label={t('product.terms.fxSpreadBps')}>
            <IntInput min={0} suffix="bp" />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem name={[...prefix, 'minimumAmount']} path={['minimumAmount']} label={t('product.terms.minimumAmount')}>
            <DecimalInput min="0" />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem name={[...prefix, 'tradingHours']} path={['tradingHours']} label={t('product.terms.tradingHours')}>
            <Input placeholder="09:00-17:00" />
          </TermsItem>
        </Col>
      </Row>
      {subtype === 'OPTION' && (
        <Row gutter={16}>
          <Col {...half}>
            <TermsItem name={[...prefix, 'tenors']} path={['tenors']} label={t('product.terms.tenors')}>
              <Select mode="tags" options={FX_TENORS.map((tenor) => ({ value: tenor, label: tenor }))} />
            </TermsItem>
          </Col>
          <Col {...half}>
            <TermsItem name={[...prefix, 'premiumRate']} path={['premiumRate']} label={t('product.terms.premiumRate')}>
              <RateInput />
            </TermsItem>
          </Col>
        </Row>
      )}
      {subtype === 'STRUCTURED_DEPOSIT' && (
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <TermsItem name={[...prefix, 'linkedPair']} path={['linkedPair']} label={t('product.terms.linkedPair')}>
              <Input placeholder="EUR/USD" />
            </TermsItem>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={[...prefix, 'principalProtected']} label={t('product.terms.principalProtected')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <TermsItem name={[...prefix, 'yieldMin']} path={['yieldMin']} label={t('product.terms.yieldMin')}>
              <RateInput />
            </TermsItem>
          </Col>
          <Col xs={24} md={6}>
            <TermsItem name={[...prefix, 'yieldMax']} path={['yieldMax']} label={t('product.terms.yieldMax')}>
              <RateInput />
            </TermsItem>
          </Col>
        </Row>
      )}
    </>
  );
}

function PreciousMetalTermsForm({ prefix }: FamilyFormProps) {
  const { t } = useI18n();
  const options = useEnumOptions();
  return (
    <Row gutter={16}>
      <Col {...third}>
        <TermsItem name={[...prefix, 'metal']} path={['metal']} label={t('product.terms.metal')}>
          <Select options={options('metal', METALS)} />
        </TermsItem>
      </Col>
      <Col {...third}>
        <TermsItem name={[...prefix, 'unit']} path={['unit']} label={t('product.terms.unit')}>
          <Select options={options('metalUnit', METAL_UNITS)} />
        </TermsItem>
      </Col>
      <Col {...third}>
        <TermsItem name={[...prefix, 'purity']} path={['purity']} label={t('product.terms.purity')}>
          <DecimalInput min="0" max="100" />
        </TermsItem>
      </Col>
      <Col {...third}>
        <TermsItem name={[...prefix, 'spread']} path={['spread']} label={t('product.terms.spread')}>
          <DecimalInput min="0" />
        </TermsItem>
      </Col>
      <Col {...third}>
        <TermsItem name={[...prefix, 'minimumTradeUnits']} path={['minimumTradeUnits']} label={t('product.terms.minimumTradeUnits')}>
          <DecimalInput min="0" />
        </TermsItem>
      </Col>
      <Col {...third}>
        <TermsItem name={[...prefix, 'leverage']} path={['leverage']} label={t('product.terms.leverage')}>
          <DecimalInput min="1" suffix="×" />
        </TermsItem>
      </Col>
      <Col {...third}>
        <Form.Item name={[...prefix, 'physicalDelivery']} label={t('product.terms.physicalDelivery')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * The terms form of one family, inside a Form whose values hold `family`, `subtype` and `terms`
 * (the rules read them). Used by the wizard, the edit page and change requests.
 */
export function TermsForm({ family, subtype }: { family: ProductFamily; subtype?: ProductSubtype }) {
  const prefix = ['terms', TERMS_KEY[family]];
  const props = { prefix, subtype };
  return (
    <div data-testid={`terms-form-${family}`}>
      {family === 'DEPOSIT' && <DepositTermsForm {...props} />}
      {family === 'LOAN' && <LoanTermsForm {...props} />}
      {family === 'CREDIT_CARD' && <CreditCardTermsForm {...props} />}
      {family === 'WEALTH' && <WealthTermsForm {...props} />}
      {family === 'FX' && <FxTermsForm {...props} />}
      {family === 'PRECIOUS_METAL' && <PreciousMetalTermsForm {...props} />}
    </div>
  );
}
