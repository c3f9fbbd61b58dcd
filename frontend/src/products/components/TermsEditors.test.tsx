import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, Form, type FormInstance } from 'antd';
import { I18nProvider } from '../../i18n/I18nProvider';
import { defaultTerms, toTermsInput, type ProductFormValues } from '../productForm';
import { ConditionsEditor } from './ConditionsEditor';
import { DepositRateGrid } from './RateTiersEditor';

let current: FormInstance | undefined;

function Harness({ children, initialValues }: { children: React.ReactNode; initialValues: ProductFormValues }) {
  const [form] = Form.useForm<ProductFormValues>();
  current = form as FormInstance;
  return (
    <I18nProvider initialLocale="zh-CN">
      <AntApp>
        <Form form={form} initialValues={initialValues}>
          {children}
        </Form>
      </AntApp>
    </I18nProvider>
  );
}

function fill(target: HTMLElement, value: string) {
  const input = target.tagName === 'INPUT' ? target : (target.querySelector('input') as HTMLElement);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('deposit rate grid editor', () => {
  it('shows a row per term and splits every row at a new amount band', async () => {
    const initialValues: ProductFormValues = { family: 'DEPOSIT', subtype: 'TIME', terms: defaultTerms('DEPOSIT', 'TIME') };
    render(
      <Harness initialValues={initialValues}>
        <DepositRateGrid prefix={['terms', 'deposit']} termUnit="TERM_MONTHS" currency="CNY" />
      </Harness>,
    );
    const grid = await screen.findByTestId('terms-deposit-rateGrid');
    expect(within(grid).getAllByTestId(/^grid-row-\d+$/)).toHaveLength(6);
    expect(grid).toHaveTextContent('¥0 起');

    fill(screen.getByTestId('terms-deposit-rateTiers-0-rate'), '1.2');
    // the typed rate is in the form before the split copies it
    await waitFor(() => expect(String(current!.getFieldValue(['terms', 'deposit', 'rateTiers', 0, 'rate']))).toBe('1.2'));
    fireEvent.click(screen.getByTestId('grid-add-amount'));
    fill(await screen.findByTestId('grid-split-at'), '50000');
    fireEvent.click(screen.getByTestId('grid-split-ok'));

    await waitFor(() => expect(current!.getFieldValue(['terms', 'deposit', 'rateTiers'])).toHaveLength(12));
    await waitFor(() => expect(grid).toHaveTextContent('¥0–50,000'));
    expect(grid).toHaveTextContent('¥50,000 起');
    const input = toTermsInput('DEPOSIT', 'TIME', current!.getFieldValue('terms')).deposit!;
    expect(input.rateTiers).toHaveLength(12);
    // the 3-month row: both halves keep the rate typed before the split
    expect(input.rateTiers!.slice(0, 2).map((t) => [t.bands?.find((b) => b.unit === 'AMOUNT'), t.rate])).toEqual([
      [{ unit: 'AMOUNT', lower: '0', upper: '50000' }, '1.2'],
      [{ unit: 'AMOUNT', lower: '50000', upper: null }, '1.2'],
    ]);

    // removing a term row drops its tiers
    fireEvent.click(screen.getByTestId('grid-row-5-remove'));
    await waitFor(() => expect(within(grid).getAllByTestId(/^grid-row-\d+$/)).toHaveLength(5));
    expect((current!.getFieldValue(['terms', 'deposit', 'rateTiers']) as unknown[]).length).toBe(10);
  }, 20000);
});

describe('conditions editor', () => {
  it('offers exactly the fields of the chosen type and resets them when the type changes', async () => {
    const initialValues: ProductFormValues = {
      family: 'DEPOSIT',
      subtype: 'TIME',
      terms: { deposit: { bonusRates: [{ name: 'x', rate: '0.2', conditions: [{ type: 'NEW_MONEY', amount: '10000' }] }] } },
    };
    render(
      <Harness initialValues={initialValues}>
        <ConditionsEditor name={['terms', 'deposit', 'bonusRates', 0, 'conditions']} path={['bonusRates', 0, 'conditions']} />
      </Harness>,
    );
    const row = await screen.findByTestId('condition-bonusRates-0-conditions-0');
    expect(within(row).getByPlaceholderText('金额')).toBeInTheDocument();
    expect(within(row).queryByPlaceholderText('次数')).toBeNull();

    // pick another type: its own fields only, the amount gone from the values
    const select = within(screen.getByTestId('condition-type-bonusRates-0-conditions-0')).getByRole('combobox');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByText('每月存入次数'));
    await waitFor(() => expect(within(row).getByPlaceholderText('次数')).toBeInTheDocument());
    expect(within(row).queryByPlaceholderText('金额')).toBeNull();
    expect(current!.getFieldValue(['terms', 'deposit', 'bonusRates', 0, 'conditions', 0])).toEqual({ type: 'MIN_DEPOSITS_A_MONTH' });

    // an age band asks for its two ends; an introductory period for months or an end date
    fireEvent.click(screen.getByTestId('condition-add-bonusRates-0-conditions'));
    await waitFor(() => expect(screen.getByTestId('condition-bonusRates-0-conditions-1')).toBeInTheDocument());
    const second = screen.getByTestId('condition-bonusRates-0-conditions-1');
    // the type not yet used comes first: MIN_BALANCE
    expect(within(second).getByPlaceholderText('金额')).toBeInTheDocument();
    fireEvent.mouseDown(within(screen.getByTestId('condition-type-bonusRates-0-conditions-1')).getByRole('combobox'));
    fireEvent.click((await screen.findAllByText('年龄')).at(-1)!);
    await waitFor(() => expect(within(second).getByPlaceholderText('最低年龄')).toBeInTheDocument());
    expect(within(second).getByPlaceholderText('最高年龄')).toBeInTheDocument();
  }, 20000);
});
