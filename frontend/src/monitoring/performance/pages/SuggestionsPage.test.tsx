import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPerformance } from '../test/renderPerformance';

const loan = { __typename: 'Product', id: 'UHJvZHVjdDox', code: 'LN-CONS-01', nameZh: '个人消费贷', nameEn: 'Consumer loan', family: 'LOAN', status: 'ON_SALE' };
const deposit = { __typename: 'Product', id: 'UHJvZHVjdDoy', code: 'DEP-TD-12', nameZh: '一年定期', nameEn: '1-year time deposit', family: 'DEPOSIT', status: 'ON_SALE' };

const evidence = (labelZh: string, labelEn: string, value: string) => ({ __typename: 'SuggestionEvidence', labelZh, labelEn, value });

const SUGGESTIONS = [
  {
    __typename: 'ProductSuggestion',
    code: 'NPL_RISING',
    severity: 'CRITICAL',
    titleZh: '不良率连续上升',
    titleEn: 'NPL ratio rising',
    detailZh: '不良率已连续三个月末上升，建议收紧准入。',
    detailEn: 'The NPL ratio rose three month-ends running; tighten eligibility.',
    evidence: [evidence('2026-03 末不良率', 'NPL ratio end of 2026-03', '2.40%'), evidence('2026-02 末不良率', 'NPL ratio end of 2026-02', '2.10%')],
    product: loan,
  },
  {
    __typename: 'ProductSuggestion',
    code: 'RATE_BELOW_COMPETITORS',
    severity: 'WARNING',
    titleZh: '利率低于同业',
    titleEn: 'Rate below competitors',
    detailZh: '一年期利率低于同业平均。',
    detailEn: 'The 1-year rate is below the competitors average.',
    evidence: [evidence('同业平均', 'Competitor average', '1.85%')],
    product: deposit,
  },
  {
    __typename: 'ProductSuggestion',
    code: 'COMPLAINTS_RISING',
    severity: 'INFO',
    titleZh: '投诉增加',
    titleEn: 'Complaints rising',
    detailZh: '近 30 天投诉增加。',
    detailEn: 'Complaints rose in the last 30 days.',
    evidence: [],
    product: loan,
  },
];

function suggestionServer() {
  return renderPerformance('/performance/suggestions', ['product:read', 'monitoring:read'], (name) => {
    if (name === 'ProductSuggestionList') return { data: { productSuggestions: SUGGESTIONS } };
    throw new Error(`unexpected operation ${name}`);
  });
}

describe('suggestions page', () => {
  it('groups the suggestions by product with severity, text and evidence', async () => {
    const { server } = suggestionServer();
    const loanCard = await screen.findByTestId('suggestions-product-LN-CONS-01');
    expect(server.calls.find((c) => c.name === 'ProductSuggestionList')?.variables).toEqual({ family: null, on: null });
    const npl = within(loanCard).getByTestId('suggestion-LN-CONS-01-NPL_RISING');
    expect(npl).toHaveTextContent('严重');
    expect(npl).toHaveTextContent('不良率连续上升');
    expect(npl).toHaveTextContent('建议收紧准入');
    expect(within(npl).getByText('2026-03 末不良率')).toBeInTheDocument();
    expect(within(npl).getByText('2.40%')).toBeInTheDocument();
    expect(within(loanCard).getByTestId('suggestion-LN-CONS-01-COMPLAINTS_RISING')).toHaveTextContent('提示');
    expect(within(loanCard).getByTestId('suggestions-open-LN-CONS-01')).toHaveAttribute('href', '/products/UHJvZHVjdDox');
    expect(screen.getByTestId('suggestions-summary')).toHaveTextContent('2 个产品，3 条建议');
  });

  it('filters by severity on the page and by family on the server', async () => {
    const { server } = suggestionServer();
    await screen.findByTestId('suggestions-product-DEP-TD-12');
    fireEvent.mouseDown(within(screen.getByTestId('suggestions-severity')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('警告 (1)'));
    await waitFor(() => expect(screen.queryByTestId('suggestions-product-LN-CONS-01')).not.toBeInTheDocument());
    expect(screen.getByTestId('suggestions-product-DEP-TD-12')).toBeInTheDocument();

    fireEvent.mouseDown(within(screen.getByTestId('suggestions-family')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('贷款'));
    await waitFor(() => expect(server.calls.filter((c) => c.name === 'ProductSuggestionList').at(-1)?.variables).toEqual({ family: 'LOAN', on: null }));
  });
});
