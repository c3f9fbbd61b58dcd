import { Alert, Empty, Skeleton } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import { productCalculatorContextQuery } from '../calculatorQueries';
import { CardInstalmentCalculator } from './CardInstalmentCalculator';
import { DepositCalculator } from './DepositCalculator';
import { LoanCalculator } from './LoanCalculator';
import { WealthProjection } from './WealthProjection';

/**
 * 试算 / Calculator: the calculator of the product's family over the terms in force today (the
 * API reads the stored product, so a product must be saved before it can be calculated).
 */
export function ProductCalculator({ productId, note }: { productId: string; note?: string }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: productCalculatorContextQuery, variables: { id: productId }, requestPolicy: 'cache-and-network' });
  const product = result.data?.product;
  if (result.error && !product) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Skeleton active />;
  if (!product) return <Empty description={t('product.page.notFound')} />;
  const terms = product.terms;
  const heading = (
    <Alert type="info" showIcon title={note ?? t('calc.todayTerms')} style={{ marginBottom: 16 }} data-testid="calc-note" />
  );
  let body;
  switch (terms?.__typename) {
    case 'LoanTerms':
      body = <LoanCalculator productId={product.id} terms={terms} currency={product.currency} />;
      break;
    case 'DepositTerms':
      body = (
        <DepositCalculator
          productId={product.id}
          subtype={product.subtype}
          terms={terms}
          currency={product.currency}
          minAmount={product.minAmount}
          maxAmount={product.maxAmount}
        />
      );
      break;
    case 'CreditCardTerms':
      body = <CardInstalmentCalculator productId={product.id} terms={terms} currency={product.currency} />;
      break;
    case 'WealthTerms':
      body = <WealthProjection productId={product.id} terms={terms} currency={product.currency} maxAmount={product.maxAmount} />;
      break;
    default:
      return <Empty description={terms ? t('calc.noCalculator') : t('calc.noTerms')} data-testid="calc-none" />;
  }
  return (
    <div data-testid="product-calculator">
      {heading}
      {body}
    </div>
  );
}
