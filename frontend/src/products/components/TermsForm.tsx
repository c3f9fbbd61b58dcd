import { Button, Col, Form, Input, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProductFamily, ProductSubtype } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import {
  CARD_TIERS,
  COMPOUNDINGS,
  DAY_COUNTS,
  FIRST_PAYMENTS,
  FX_TENORS,
  INTEREST_PAYMENTS,
  LOAN_RATE_TYPES,
  LPR_TENORS,
  METAL_UNITS,
  METALS,
  OFFERINGS,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
  REPRICINGS,
  TERM_UNITS,
  TERMS_KEY,
  TIER_APPLICATIONS,
} from '../enums';
import { CARD_INSTALMENT_PERIODS, type BonusRateValues } from '../validation';
import { ConditionsEditor, useListAt, WaiversEditor } from './ConditionsEditor';
import { DecimalInput, IntInput, RateInput, TermsItem } from './fields';
import { DepositRateGrid, LoanRateTiers } from './RateTiersEditor';
import { useEnumOptions } from './tags';

type Path = (string | number)[];

interface FamilyFormProps {
  /** Form name prefix of the family's terms member, e.g. ['terms', 'deposit']. */
  prefix: Path;
  subtype?: ProductSubtype;
}

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

function BonusRatesEditor({ prefix }: { prefix: Path }) {
  const { t } = useI18n();
  const name = [...prefix, 'bonusRates'];
  const { items, add, remove } = useListAt<BonusRateValues>(name);
  return (
    <div data-testid="terms-deposit-bonusRates" style={{ marginBottom: 16 }}>
      {items.map((_, i) => (
        <div key={i} style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: '8px 8px 0', marginBottom: 8 }}>
          <Row gutter={8} align="top">
            <Col xs={24} md={14}>
              <TermsItem name={[...name, i, 'name']} path={['bonusRates', i, 'name']} style={{ marginBottom: 8 }}>
                <Input placeholder={t('product.bonus.name')} data-testid={`bonus-name-${i}`} />
              </TermsItem>
            </Col>
            <Col xs={18} md={7}>
              <TermsItem name={[...name, i, 'rate']} path={['bonusRates', i, 'rate']} style={{ marginBottom: 8 }}>
                <DecimalInput min="0" max="5" step="0.05" placeholder={t('product.bonus.rate')} suffix={t('product.bonus.points')} data-testid={`bonus-rate-${i}`} />
              </TermsItem>
            </Col>
            <Col flex="none">
              <Button icon={<DeleteOutlined />} onClick={() => remove(i)} aria-label={t('product.common.delete')} />
            </Col>
          </Row>
          <ConditionsEditor name={[...name, i, 'conditions']} path={['bonusRates', i, 'conditions']} />
        </div>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => add({ name: '', rate: '0.2', conditions: [{ type: 'NEW_MONEY' }] })}
        data-testid="bonus-add"
      >
        {t('product.bonus.add')}
      </Button>
    </div>
  );
}

function DepositTermsForm({ prefix, subtype }: FamilyFormProps) {
  const { t, tr } = useI18n();
  const options = useEnumOptions();
  const demand = subtype === 'DEMAND';
  const notice = subtype === 'NOTICE';
  const currency = Form.useWatch('currency') as string | undefined;
  const unit = (Form.useWatch([...prefix, 'term', 'unit']) as string | undefined) ?? (notice ? 'DAY' : 'MONTH');
  const dayCount = Form.useWatch([...prefix, 'interest', 'dayCount']) as string | undefined;
  const application = Form.useWatch([...prefix, 'tierApplication']) as string | undefined;
  const termUnit = demand ? undefined : unit === 'DAY' ? 'TERM_DAYS' : 'TERM_MONTHS';
  return (
    <>
      <Typography.Title level={5}>{t('product.terms.interestMechanics')}</Typography.Title>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem
            name={[...prefix, 'interest', 'dayCount']}
            path={['interest', 'dayCount']}
            label={t('product.terms.dayCount')}
            extra={dayCount ? tr(`product.dayCountHint.${dayCount}`) : undefined}
          >
            <Select options={options('dayCount', DAY_COUNTS)} data-testid="terms-deposit-dayCount" />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem name={[...prefix, 'interest', 'posting']} path={['interest', 'posting']} label={t('product.terms.posting')}>
            <Select
              options={options('interestPayment', INTEREST_PAYMENTS).filter((o) => !demand || o.value !== 'AT_MATURITY')}
              data-testid="terms-deposit-posting"
            />
          </TermsItem>
        </Col>
        <Col {...third}>
          <TermsItem
            name={[...prefix, 'interest', 'compounding']}
            path={['interest', 'compounding']}
            label={t('product.terms.compounding')}
            extra={t('product.terms.compoundingHint')}
          >
            <Select options={options('compounding', COMPOUNDINGS)} />
          </TermsItem>
        </Col>
      </Row>
      {!demand && (
        <>
          <Typography.Title level={5}>{t('product.terms.termRange')}</Typography.Title>
          <Row gutter={16}>
            {(['min', 'max', 'multiple'] as const).map((key) => (
              <Col xs={12} md={6} key={key}>
                <TermsItem name={[...prefix, 'term', key]} path={['term', key]} label={t(`product.terms.term.${key}`)}>
                  <IntInput min={1} data-testid={`terms-deposit-term-${key}`} />
                </TermsItem>
              </Col>
            ))}
            <Col xs={12} md={6}>
              <TermsItem name={[...prefix, 'term', 'unit']} path={['term', 'unit']} label={t('product.terms.term.unit')}>
                <Select disabled={notice} options={options('termUnit', TERM_UNITS)} />
              </TermsItem>
            </Col>
          </Row>
        </>
      )}
      <Typography.Title level={5}>{t('product.terms.rateGrid')}</Typography.Title>
      <TermsItem
        name={[...prefix, 'tierApplication']}
        path={['tierApplication']}
        label={t('product.terms.tierApplication')}
        extra={tr(`product.tierApplicationHint.${application ?? 'WHOLE_BALANCE'}`)}
      >
        <Radio.Group optionType="button" options={options('tierApplication', TIER_APPLICATIONS)} />
      </TermsItem>
      <DepositRateGrid prefix={prefix} termUnit={termUnit} currency={currency} />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'minimumDeposit']} path={['minimumDeposit']} label={t('product.terms.minimumDeposit')}>
            <DecimalInput min="0" data-testid="terms-deposit-minimumDeposit" />
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
        {!demand && (
          <Col {...third}>
            <Form.Item name={[...prefix, 'autoRenewal']} label={t('product.terms.autoRenewal')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Typography.Title level={5}>{t('product.terms.bonusRates')}</Typography.Title>
      <BonusRatesEditor prefix={prefix} />
    </>
  );
}

function LoanTermsForm({ prefix }: FamilyFormProps) {
  const { t, tr } = useI18n();
  const options = useEnumOptions();
  const rateType = Form.useWatch([...prefix, 'rateType']) as string | undefined;
  const collateral = Form.useWatch([...prefix, 'collateralRequired']) as boolean | undefined;
  const firstPayment = Form.useWatch([...prefix, 'interest', 'firstPayment']) as string | undefined;
  const dayCount = Form.useWatch([...prefix, 'interest', 'dayCount']) as string | undefined;
  const lpr = rateType === 'LPR';
  return (
    <>
      <Row gutter={16}>
        <Col {...third}>
          <TermsItem name={[...prefix, 'rateType']} path={['rateType']} label={t('product.terms.rateType')}>
            <Radio.Group optionType="button" options={options('loanRateType', LOAN_RATE_TYPES)} />
          </TermsItem>
        </Col>
        {lpr && (
          <>
            <Col {...third}>
              <TermsItem name={[...prefix, 'lprTenor']} path={['lprTenor']} label={t('product.terms.lprTenor')}>
                <Select options={options('lprTenor', LPR_TENORS)} data-testid="terms-loan-lprTenor" />
              </TermsItem>
            </Col>
            <Col {...third}>
              <TermsItem name={[...prefix, 'repricing']} path={['repricing']} label={t('product.terms.repricing')}>
                <Select options={options('repricing', REPRICINGS)} data-testid="terms-loan-repricing" />
              </TermsItem>
            </Col>
          </>
        )}
      </Row>
      <Row gutter={16}>
        {(['amountMin', 'amountMax', 'amountDefault'] as const).map((key) => (
          <Col {...third} key={key}>
            <TermsItem name={[...prefix, key]} path={[key]} label={t(`product.terms.${key}`)}>
              <DecimalInput min="0" data-testid={`terms-loan-${key}`} />
            </TermsItem>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        {(['termMonthsMin', 'termMonthsMax', 'termMonthsDefault'] as const).map((key) => (
          <Col {...third} key={key}>
            <TermsItem name={[...prefix, key]} path={[key]} label={t(`product.terms.${key}`)}>
              <IntInput min={0} data-testid={`terms-loan-${key}`} />
            </TermsItem>
          </Col>
        ))}
      </Row>
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
      <Typography.Title level={5}>{t('product.terms.rateTiers')}</Typography.Title>
      {lpr && <Typography.Paragraph type="secondary">{t('product.terms.lprHint')}</Typography.Paragraph>}
      <LoanRateTiers prefix={prefix} spread={lpr} secured={!!collateral} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('product.terms.interestMechanics')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <TermsItem
            name={[...prefix, 'interest', 'dayCount']}
            path={['interest', 'dayCount']}
            label={t('product.terms.dayCount')}
            extra={dayCount ? tr(`product.dayCountHint.${dayCount}`) : undefined}
          >
            <Select options={options('dayCount', DAY_COUNTS)} />
          </TermsItem>
        </Col>
        <Col xs={24} md={6}>
          <TermsItem name={[...prefix, 'interest', 'repaymentFrequency']} path={['interest', 'repaymentFrequency']} label={t('product.terms.repaymentFrequency')}>
            <Select options={options('repaymentFrequency', REPAYMENT_FREQUENCIES)} />
          </TermsItem>
        </Col>
        <Col xs={24} md={6}>
          <TermsItem name={[...prefix, 'interest', 'firstPayment']} path={['interest', 'firstPayment']} label={t('product.terms.firstPayment')}>
            <Select options={options('firstPayment', FIRST_PAYMENTS)} />
          </TermsItem>
        </Col>
        {firstPayment === 'FIXED_DAY' && (
          <Col xs={24} md={6}>
            <TermsItem name={[...prefix, 'interest', 'paymentDay']} path={['interest', 'paymentDay']} label={t('product.terms.paymentDay')}>
              <IntInput min={1} max={28} />
            </TermsItem>
          </Col>
        )}
      </Row>
      <TermsItem name={[...prefix, 'repaymentMethods']} path={['repaymentMethods']} label={t('product.terms.repaymentMethods')}>
        <Select mode="multiple" options={options('repayment', REPAYMENT_METHODS)} />
      </TermsItem>
      <Row gutter={16}>
        <Col {...half}>
          <TermsItem name={[...prefix, 'gracePeriodDays']} path={['gracePeriodDays']} label={t('product.terms.gracePeriodDays')}>
            <IntInput min={0} />
          </TermsItem>
        </Col>
        <Col {...half}>
          <TermsItem name={[...prefix, 'penaltyRate']} path={['penaltyRate']} label={t('product.terms.penaltyRate')}>
            <RateInput data-testid="terms-loan-penaltyRate" />
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
  const offersInstalment = Form.useWatch([...prefix, 'offersInstalment']) as boolean | undefined;
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
          <TermsItem name={[...prefix, 'feeWaiverNote']} path={['feeWaiverNote']} label={t('product.terms.feeWaiverNote')}>
            <Input data-testid="terms-creditCard-feeWaiverNote" />
          </TermsItem>
        </Col>
      </Row>
      <Typography.Text strong>{t('product.terms.annualFeeWaivers')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <WaiversEditor name={[...prefix, 'annualFeeWaivers']} path={['annualFeeWaivers']} />
      </div>
      <Space align="center" style={{ margin: '8px 0' }}>
        <Form.Item name={[...prefix, 'offersInstalment']} valuePropName="checked" noStyle>
          <Switch data-testid="terms-creditCard-offersInstalment" />
        </Form.Item>
        <Typography.Text strong>{t('product.terms.instalment')}</Typography.Text>
      </Space>
      {offersInstalment && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <TermsItem name={[...prefix, 'instalment', 'periods']} path={['instalment', 'periods']} label={t('product.terms.instalmentPeriods')}>
              <Select mode="multiple" options={CARD_INSTALMENT_PERIODS.map((n) => ({ value: n, label: t('product.terms.periods', { n }) }))} />
            </TermsItem>
          </Col>
          <Col xs={24} md={12}>
            <TermsItem
              name={[...prefix, 'instalment', 'monthlyFeeRate']}
              path={['instalment', 'monthlyFeeRate']}
              label={t('product.terms.monthlyFeeRate')}
            >
              <DecimalInput min="0" max="2" step="0.05" suffix={t('product.terms.perMonth')} />
            </TermsItem>
          </Col>
          <Col xs={24} md={12}>
            <TermsItem
              name={[...prefix, 'instalment', 'minimumPaymentRate']}
              path={['instalment', 'minimumPaymentRate']}
              label={t('product.terms.minimumPaymentRate')}
            >
              <DecimalInput min="1" max="100" suffix="%" />
            </TermsItem>
          </Col>
          <Col xs={24} md={12}>
            <TermsItem
              name={[...prefix, 'instalment', 'minimumPaymentFloor']}
              path={['instalment', 'minimumPaymentFloor']}
              label={t('product.terms.minimumPaymentFloor')}
            >
              <DecimalInput min="0" />
            </TermsItem>
          </Col>
        </Row>
      )}
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
