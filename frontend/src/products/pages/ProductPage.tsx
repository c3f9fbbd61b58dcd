import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Result, Skeleton, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, LeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { AuditEventTable } from '../../audit/components/AuditEventTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProductFeedbackSummary } from '../../customers/components/ProductFeedbackSummary';
import { useI18n } from '../../i18n/useI18n';
import { canEdit, canRequestChange, canUploadDocument } from '../actions';
import { ChangeRequestFormModal, ChangeRequestTable } from '../components/ChangeRequests';
import { DocumentsTab } from '../components/DocumentsTab';
import { ProductCalculator } from '../components/ProductCalculator';
import { ProductOverview } from '../components/ProductOverview';
import { RateTimeline } from '../components/RateTimeline';
import { StatusActions } from '../components/StatusActions';
import { RiskTag, StatusTag } from '../components/tags';
import { TermsView } from '../components/TermsView';
import { VersionsTab } from '../components/VersionsTab';
import { CALCULATOR_FAMILIES } from '../calculator';
import { databaseId, formatRate } from '../format';
import { productQuery } from '../queries';

/** /products/:id — header with lifecycle actions, and tabs for everything about the product. */
export function ProductPage() {
  const { t, tr, locale } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [tab, setTab] = useState('overview');
  const [conflict, setConflict] = useState(false);
  const [newRequest, setNewRequest] = useState(false);
  const asOfText = asOf ? asOf.format('YYYY-MM-DD') : null;
  const [result, reexecute] = useQuery({ query: productQuery, variables: { id, asOf: asOfText } });
  const reload = () => {
    setConflict(false);
    reexecute({ requestPolicy: 'network-only' });
  };
  // Another date shows another version of the product: act only on the current one.
  const permissions = asOfText ? [] : (me?.permissions ?? []);
  const product = result.data?.product;

  if (result.error && !product) return <ErrorAlert error={result.error} onRetry={reload} />;
  if (!result.data) return <Card><Skeleton active /></Card>;
  if (!product) {
    return (
      <Result
        status="404"
        title={t('product.page.notFound')}
        extra={<Button onClick={() => navigate('/products')}>{t('product.page.back')}</Button>}
        data-testid="product-not-found"
      />
    );
  }

  const name = locale === 'zh-CN' ? product.nameZh : product.nameEn;
  const otherName = locale === 'zh-CN' ? product.nameEn : product.nameZh;
  const items = [
    { key: 'overview', label: t('product.page.overview'), children: <ProductOverview product={product} /> },
    { key: 'terms', label: t('product.page.terms'), children: <TermsView terms={product.terms} currency={product.currency} /> },
    ...(CALCULATOR_FAMILIES.includes(product.family)
      ? [
          {
            key: 'calculator',
            label: t('calc.tab'),
            // mounted when first opened: it asks the server for the product's terms in force today
            children: <ProductCalculator productId={product.id} />,
          },
        ]
      : []),
    {
      key: 'timeline',
      label: t('product.page.timeline'),
      children: <RateTimeline schedule={product.termsSchedule} currency={product.currency} asOf={asOfText ?? undefined} />,
    },
    {
      key: 'documents',
      label: `${t('product.page.documents')} (${product.documents.length})`,
      children: (
        <DocumentsTab
          productId={product.id}
          status={product.status}
          documents={product.documents}
          canUpload={canUploadDocument(product.status, permissions)}
          onUploaded={reload}
        />
      ),
    },
    { key: 'versions', label: t('product.page.versions'), children: <VersionsTab productId={product.id} /> },
    {
      key: 'changeRequests',
      label: `${t('product.page.changeRequests')} (${product.changeRequests.length})`,
      children: (
        <div data-testid="product-change-requests">
          {canRequestChange(product.status, permissions) && (
            <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setNewRequest(true)} data-testid="cr-new">
              {t('product.cr.new')}
            </Button>
          )}
          <ChangeRequestTable
            requests={product.changeRequests}
            permissions={permissions}
            meId={me?.id}
            currency={product.currency}
            onChanged={reload}
          />
        </div>
      ),
    },
    ...(hasPermission(me, 'customer:read')
      ? [
          {
            key: 'feedback',
            label: t('feedback.summary.tab'),
            children: <ProductFeedbackSummary productId={product.id} />,
          },
        ]
      : []),
    ...(hasPermission(me, 'audit:read')
      ? [
          {
            key: 'audit',
            label: t('product.page.audit'),
            children: <AuditEventTable filter={{ objectType: 'Product', objectId: databaseId(product.id) }} />,
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="product-page">
      <Link to="/products">
        <LeftOutlined /> {t('product.page.back')}
      </Link>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'flex-start' }} wrap>
          <div>
            <Space align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="product-title">
                {name}
              </Typography.Title>
              <StatusTag status={product.status} />
              <RiskTag level={product.riskLevel} />
              {product.isOnSaleAt && !asOfText && (
                <Tag color="green" data-testid="product-on-sale-today">
                  {t('product.page.onSaleToday')}
                </Tag>
              )}
            </Space>
            <Typography.Text type="secondary">{otherName}</Typography.Text>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 4 }}
              style={{ marginTop: 12 }}
              items={[
                { key: 'code', label: t('product.field.code'), children: <Typography.Text code data-testid="product-code-value">{product.code}</Typography.Text> },
                { key: 'family', label: t('product.field.family'), children: `${tr(`product.family.${product.family}`)} / ${tr(`product.subtype.${product.subtype}`)}` },
                { key: 'version', label: t('product.field.version'), children: <span data-testid="product-version">v{product.version}</span> },
                { key: 'owner', label: t('product.field.owner'), children: product.owner?.displayName ?? '—' },
                { key: 'rate', label: t('product.field.headlineRate'), children: formatRate(product.headlineRate) },
                ...(product.statusReason ? [{ key: 'reason', label: t('product.field.statusReason'), children: product.statusReason, span: 3 }] : []),
              ]}
            />
          </div>
          <Space orientation="vertical" align="end">
            <Space wrap>
              {canEdit(product.status, permissions) && (
                <Button icon={<EditOutlined />} onClick={() => navigate(`/products/${encodeURIComponent(product.id)}/edit`)} data-testid="product-edit">
                  {t('common.edit')}
                </Button>
              )}
              <Tooltip title={t('common.refresh')}>
                <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
              </Tooltip>
            </Space>
            <StatusActions
              product={product}
              permissions={permissions}
              meId={me?.id}
              onDone={reload}
              onConflict={() => setConflict(true)}
            />
          </Space>
        </Space>
      </Card>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('product.page.conflict')}
          data-testid="product-conflict"
          action={
            <Button size="small" onClick={reload}>
              {t('product.page.reload')}
            </Button>
          }
        />
      )}
      <Card>
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text>{t('product.page.asOf')}</Typography.Text>
          <DatePicker value={asOf} onChange={setAsOf} allowClear data-testid="product-as-of" />
          {asOfText && <Tag color="processing">{t('product.page.asOfNotice', { date: asOfText })}</Tag>}
          {asOfText && <Typography.Text type="secondary">{t('product.page.asOfReadOnly')}</Typography.Text>}
          {!asOfText && <Typography.Text type="secondary">{dayjs().format('YYYY-MM-DD')}</Typography.Text>}
        </Space>
        <Tabs activeKey={tab} onChange={setTab} items={items} data-testid="product-tabs" />
      </Card>
      {newRequest && (
        <ChangeRequestFormModal
          product={product}
          open
          onClose={() => setNewRequest(false)}
          onCreated={() => {
            setNewRequest(false);
            setTab('changeRequests');
            reload();
          }}
        />
      )}
    </Space>
  );
}
