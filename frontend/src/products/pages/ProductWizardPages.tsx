import { Alert, Card, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { NEW_PRODUCT_DEFAULTS, ProductWizard } from '../components/ProductWizard';
import { productToValues } from '../productForm';
import { productQuery } from '../queries';

/** /products/new: the creation wizard. */
export function ProductCreatePage() {
  return <ProductWizard initialValues={NEW_PRODUCT_DEFAULTS} />;
}

/** /products/:id/edit: the same steps over a draft, saved with productUpdate. */
export function ProductEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: productQuery, variables: { id }, requestPolicy: 'network-only' });
  const product = result.data?.product;
  if (result.error) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (result.fetching || !result.data) return <Card><Skeleton active /></Card>;
  if (!product) return <Alert type="warning" showIcon title={t('product.page.notFound')} />;
  if (product.status !== 'DRAFT') return <Alert type="warning" showIcon title={t('product.cr.notAllowed')} data-testid="edit-not-draft" />;
  return <ProductWizard initialValues={productToValues(product)} product={{ id: product.id, code: product.code, version: product.version }} />;
}
