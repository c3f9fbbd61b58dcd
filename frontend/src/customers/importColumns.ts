import type { ImportKind } from '../gql/graphql';

// The columns each import kind expects, as the API documents them on CustomerImportInput
// (importColumns.test.ts checks this copy against ../schema.graphql, so they cannot drift apart).
export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly string[]>> = {
  CUSTOMERS: [
    'external_id',
    'customer_no',
    'name',
    'customer_type',
    'id_type',
    'id_number',
    'phone',
    'gender',
    'birth_date',
    'email',
    'occupation',
    'annual_income',
    'province',
    'city',
    'branch',
    'company_name',
    'industry',
    'company_size',
    'marketing_consent',
    'consent_date',
    'consent_channel',
    'kyc_status',
  ],
  HOLDINGS: [
    'external_id',
    'customer_external_id',
    'product_code',
    'opened_on',
    'status',
    'principal',
    'balance',
    'currency',
    'rate_at_opening',
    'maturity_date',
    'outstanding',
    'days_past_due',
    'classification',
    'credit_limit',
    'card_number',
  ],
  TRANSACTIONS: [
    'external_id',
    'customer_external_id',
    'holding_external_id',
    'product_code',
    'channel',
    'type',
    'amount',
    'currency',
    'occurred_at',
    'counterparty_country',
    'merchant_category',
  ],
};

/** Read the column lists out of CustomerImportInput's description ("KIND — a, b (note), c; ..."). */
export function parseImportColumns(description: string): Partial<Record<ImportKind, string[]>> {
  const result: Partial<Record<ImportKind, string[]>> = {};
  const pattern = /(CUSTOMERS|HOLDINGS|TRANSACTIONS)\s+[—-]+\s+([^;]+?)(?=;\s*(?:CUSTOMERS|HOLDINGS|TRANSACTIONS)\s+[—-]|\.?\s*$)/gs;
  // Notes in brackets may hold commas and semicolons of their own.
  const plain = description.replace(/\([^)]*\)/g, '');
  for (const match of plain.matchAll(pattern)) {
    const kind = match[1] as ImportKind;
    result[kind] = match[2]
      .split(',')
      .map((c) => c.trim().replace(/\.$/, ''))
      .filter(Boolean);
  }
  return result;
}
