import type { ReactNode } from 'react';
import { Form, InputNumber, type FormItemProps } from 'antd';
import type { ProductFamily, ProductSubtype } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { validateFees, validateTerms, type FeeValues, type Issue, type TermsValues } from '../validation';

type Path = (string | number)[];
/** Which rules a field answers to: the family's terms (paths inside its member) or the fees (paths inside `fees`). */
export type Scope = 'terms' | 'fees';

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((part, i) => String(part) === String(b[i]));
}

/**
 * An antd rule that runs the family's terms rules and reports the issues about `path` (relative
 * to the family's member of the terms input). Cross-field rules re-run on every field, so a
 * "Next" that validates all fields sees them all.
 */
export function useTermsRule(scope: Scope = 'terms') {
  const { t } = useI18n();
  return (path: Path) =>
    ({ getFieldValue }: { getFieldValue: (name: Path | string) => unknown }) => ({
      validator() {
        const family = getFieldValue('family') as ProductFamily | undefined;
        const subtype = getFieldValue('subtype') as ProductSubtype | undefined;
        const issues =
          scope === 'fees'
            ? validateFees(getFieldValue('fees') as FeeValues[] | undefined)
            : validateTerms(family, subtype, getFieldValue('terms') as TermsValues);
        const mine = issues.filter((issue: Issue) => samePath(issue.path, path));
        return mine.length
          ? Promise.reject(new Error(mine.map((issue) => t(issue.key, issue.params)).join('；')))
          : Promise.resolve();
      },
    });
}

/**
 * A form item of the terms form. `name` is the antd name (relative inside a Form.List),
 * `path` the full path inside the terms member (for the rules).
 */
export function TermsItem({
  name,
  path,
  children,
  scope = 'terms',
  ...props
}: { name: Path | string | number; path: Path; children: ReactNode; scope?: Scope } & Omit<FormItemProps, 'name' | 'rules'>) {
  const rule = useTermsRule(scope);
  return (
    <Form.Item name={name} rules={[rule(path)]} {...props}>
      {children}
    </Form.Item>
  );
}

/** A decimal input that keeps the exact string (no float rounding). */
export function DecimalInput(props: React.ComponentProps<typeof InputNumber<string>>) {
  return <InputNumber<string> stringMode style={{ width: '100%' }} {...props} />;
}

/** A rate in % p.a.: 0–36, 4 decimals. */
export function RateInput(props: React.ComponentProps<typeof InputNumber<string>>) {
  return <DecimalInput step="0.05" suffix="%" {...props} />;
}

export function IntInput(props: React.ComponentProps<typeof InputNumber<number>>) {
  return <InputNumber<number> precision={0} style={{ width: '100%' }} {...props} />;
}

/** Holds a form item's place without a control: its errors (e.g. a tier's bands) show where it stands. */
export function ErrorAnchor(_: { value?: unknown; onChange?: unknown; id?: string }) {
  return null;
}

/** Props of the form item around an ErrorAnchor. */
export const ANCHOR_ITEM = { className: 'error-anchor', style: { marginBottom: 0 } } as const;
