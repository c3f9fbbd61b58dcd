import { Alert, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { LeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { formatMoney } from '../../products/format';
import { FeedbackList, HoldingsTable, NeedsList, RecommendationList, TransactionsTable } from '../components/Customer360';
import { PiiRevealButton, useTimedReveal } from '../components/PiiReveal';
import { RiskToleranceTag } from '../components/tags';
import { displayPii } from '../masking';
import { customerQuery } from '../queries';

/** Days from today to an ISO date (negative when past). */
export function daysUntil(date: string, today: Date = new Date()): number {
  const target = new Date(`${date}T00:00:00`);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target.getTime() - start.getTime()) / 86_400_000);
}

/** Risk assessments are valid one year; warn a month before they lapse. */
export const RISK_EXPIRY_WARNING_DAYS = 30;

/** /customers/:id — the customer 360 page. */
export function CustomerPage() {
  const { t, tr } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: customerQuery, variables: { id } });
  const reveal = useTimedReveal(id);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const customer = result.data?.customer;

  if (result.error && !customer) return <ErrorAlert error={result.error} onRetry={reload} />;
  if (!result.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (!customer) {
    return (
      <Result
        status="404"
        title={t('customer.page.notFound')}
        extra={<Button onClick={() => navigate('/customers')}>{t('customer.page.back')}</Button>}
        data-testid="customer-not-found"
      />
    );
  }

  const canReveal = hasPermission(me, 'customer:read_pii');
  const pii = (masked: string | null | undefined, plain: string | null | undefined) => displayPii(masked, plain, reveal.reveal, reveal.now);
  const riskDays = customer.riskExpiresOn ? daysUntil(customer.riskExpiresOn) : null;
  const corporate = customer.customerType === 'CORPORATE';
  const holdings = customer.holdings;

  const riskWarning =
    !customer.riskTolerance ? (
      <Alert type="warning" showIcon title={t('customer.risk.missing')} data-testid="risk-warning" />
    ) : !customer.riskAssessmentCurrent || (riskDays !== null && riskDays < 0) ? (
      <Alert
        type="error"
        showIcon
        title={customer.riskExpiresOn ? t('customer.risk.expiredOn', { date: customer.riskExpiresOn }) : t('customer.risk.expired')}
        data-testid="risk-warning"
      />
    ) : riskDays !== null && riskDays <= RISK_EXPIRY_WARNING_DAYS ? (
      <Alert type="warning" showIcon title={t('customer.risk.expiresSoon', { days: riskDays, date: customer.riskExpiresOn ?? '' })} data-testid="risk-warning" />
    ) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="customer-page">
      <Card
        title={
          <Space wrap>
            <Link to="/customers" aria-label={t('customer.page.back')}>
              <LeftOutlined />
            </Link>
            <span data-testid="customer-name">{customer.name}</span>
            <Typography.Text code>{customer.customerNo}</Typography.Text>
            <Tag>{tr(`customer.type.${customer.customerType}`, customer.customerType)}</Tag>
            <Tag color={customer.kycStatus === 'VERIFIED' ? 'success' : 'warning'}>
              {t('customer.field.kycStatus')}: {tr(`customer.kyc.${customer.kycStatus}`, customer.kycStatus)}
            </Tag>
          </Space>
        }
        extra={
          <Space>
            {canReveal && <PiiRevealButton customerId={customer.id} reveal={reveal} />}
            <Button icon={<ReloadOutlined />} onClick={reload}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      >
        {riskWarning && <div style={{ marginBottom: 16 }}>{riskWarning}</div>}
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={16}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} title={t('customer.page.profile')} data-testid="customer-profile">
              <Descriptions.Item label={t('customer.field.idNumber')}>
                <span data-testid="customer-id-number">{pii(customer.idNumber, reveal.reveal?.idNumber)}</span>
                <Typography.Text type="secondary"> ({tr(`customer.idType.${customer.idType}`, customer.idType)})</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.field.phone')}>
                <span data-testid="customer-phone">{pii(customer.phone, reveal.reveal?.phone)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.field.email')}>{customer.email || '—'}</Descriptions.Item>
              {!corporate && (
                <>
                  <Descriptions.Item label={t('customer.field.gender')}>{tr(`customer.gender.${customer.gender}`, customer.gender)}</Descriptions.Item>
                  <Descriptions.Item label={t('customer.field.birthDate')}>
                    {customer.birthDate ?? customer.birthMonth ?? '—'}
                    {customer.age !== null && customer.age !== undefined && ` (${t('customer.field.ageValue', { age: customer.age })})`}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('customer.field.occupation')}>{customer.occupation || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customer.field.annualIncome')}>{formatMoney(customer.annualIncome, 'CNY')}</Descriptions.Item>
                </>
              )}
              {corporate && (
                <>
                  <Descriptions.Item label={t('customer.field.companyName')}>{customer.companyName || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customer.field.industry')}>{customer.industry || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('customer.field.companySize')}>
                    {customer.companySize ? tr(`customer.companySize.${customer.companySize}`, customer.companySize) : '—'}
                  </Descriptions.Item>
                </>
              )}
              <Descriptions.Item label={t('customer.field.region')}>{[customer.province, customer.city].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customer.field.branch')}>{customer.branch || '—'}</Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={24} xl={8}>
            <Descriptions size="small" column={1} title={t('customer.page.suitability')}>
              <Descriptions.Item label={t('customer.field.aum')}>
                <Typography.Text strong data-testid="customer-aum">
                  {formatMoney(customer.aum, 'CNY')}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.field.riskTolerance')}>
                <RiskToleranceTag value={customer.riskTolerance} current={customer.riskAssessmentCurrent} expiresOn={customer.riskExpiresOn} />
                {customer.riskTolerance && <Typography.Text type="secondary">{tr(`customer.risk.${customer.riskTolerance}`, '')}</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.field.riskAssessedOn')}>
                {customer.riskAssessedOn ?? '—'} → {customer.riskExpiresOn ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.field.marketingConsent')}>
                {customer.marketingConsent ? (
                  <Space size={4} wrap data-testid="consent">
                    <Tag color="success">{t('customer.consent.given')}</Tag>
                    <Typography.Text type="secondary">
                      {customer.consentDate ?? '—'}
                      {customer.consentChannel && ` · ${tr(`customer.consentChannel.${customer.consentChannel}`, customer.consentChannel)}`}
                    </Typography.Text>
                  </Space>
                ) : (
                  <Tag color="default" data-testid="consent">
                    {t('customer.consent.none')}
                  </Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Col>
        </Row>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'holdings',
              label: `${t('customer.page.holdings')} (${holdings.length})`,
              children: <HoldingsTable holdings={holdings} reveal={reveal.reveal} now={reveal.now} />,
            },
            { key: 'transactions', label: t('customer.page.transactions'), children: <TransactionsTable customerId={customer.id} /> },
            { key: 'needs', label: t('customer.page.needs'), children: <NeedsList customerId={customer.id} /> },
            { key: 'recommendations', label: t('customer.page.recommendations'), children: <RecommendationList customerId={customer.id} /> },
            { key: 'feedback', label: t('customer.page.feedback'), children: <FeedbackList customerId={customer.id} /> },
          ]}
          data-testid="customer-tabs"
        />
      </Card>
    </Space>
  );
}
