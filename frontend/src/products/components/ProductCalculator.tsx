import { Alert, Empty, Skeleton } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/useI18n';
import type { CalculatorDraftInput, ProductCalculatorContextQuery } from '../../gql/graphql';
import { productCalculatorContextQuery } from '../calculatorQueries';
import type { CalculatorSource } from './CalculatorParts';
import { CardInstalmentCalculator } from './CardInstalmentCalculator';
import { DepositCalculator } from './DepositCalculator';
import { LoanCalculator } from './LoanCalculator';
import { WealthProjection } from './WealthProjection';

/**
 * 试算 / Calculator: the calculator of the product's family over the terms in force today (the
 * API reads the stored product).
 */
export function ProductCalculator({ productId, note }: { productId: string; note?: string }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: productCalculatorContextQuery, variables: { id: productId }, requestPolicy: 'cache-and-network' });
  const product = result.data?.product;
  if (result.error && !product) return <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Skeleton active />;
  if (!product) return <Empty description={t('product.page.notFound')} />;
  return (
    <FamilyCalculator
      source={{ productId: product.id }}
      subtype={product.subtype}
      terms={product.terms}
      currency={product.currency}
      minAmount={product.minAmount}
      maxAmount={product.maxAmount}
      note={note ?? t('calc.todayTerms')}
    />
  );
}

/** The wizard's calculator: the terms and fees as filled in, not saved yet (`draft`). */
export function DraftCalculator({
  draft,
  terms,
  currency,
}: {
  draft: CalculatorDraftInput;
  terms: CalculatorTerms;
  currency: string;
}) {
  const { t } = useI18n();
  return (
    <FamilyCalculator
      source={{ draft }}
      subtype={draft.subtype}
      terms={terms}
      currency={currency}
      minAmount={draft.minAmount ?? null}
      maxAmount={draft.maxAmount ?? null}
      note={t('calc.wizardDraft')}
    />
  );
}

export type CalculatorTerms = NonNullable<ProductCalculatorContextQuery['product']>['terms'];

function FamilyCalculator({
  source,
  subtype,
  terms,
  currency,
  minAmount,
  maxAmount,
  note,
}: {
  source: CalculatorSource;
  subtype: string;
  terms: CalculatorTerms;
  currency: string;
  minAmount?: string | null;
  maxAmount?: string | null;
  note: string;
}) {
  const { t } = useI18n();
  const heading = <Alert type="info" showIcon title={note} style={{ marginBottom: 16 }} data-testid="calc-note" />;
  let body;
  switch (terms?.__typename) {
    case 'LoanTerms':
      body = <LoanCalculator {...source} terms={terms} currency={currency} />;
      break;
    case 'DepositTerms':
      body = <DepositCalculator {...source} subtype={subtype} terms={terms} currency={currency} minAmount={minAmount} maxAmount={maxAmount} />;
      break;
    case 'CreditCardTerms':
      body = <CardInstalmentCalculator {...source} terms={terms} currency={currency} />;
      break;
    case 'WealthTerms':
      body = <WealthProjection {...source} terms={terms} currency={currency} maxAmount={maxAmount} />;
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
