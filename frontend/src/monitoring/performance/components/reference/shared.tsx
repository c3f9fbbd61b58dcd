import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { hasPermission, useAuth } from '../../../../auth/AuthContext';
import type { ReferenceTexts } from '../../../../components/ReferenceTable';
import { useDebounced } from '../../../../customers/useDebounced';
import { performanceProductOptionsQuery } from '../../queries';
import { usePerformanceI18n, type PerformanceT } from '../../usePerformanceI18n';

/** Whether the signed-in user may change reference data. */
export function useCanWriteReference(): boolean {
  const { me } = useAuth();
  return hasPermission(me, 'monitoring:write');
}

// Form values hold dates as "YYYY-MM-DD" strings; the pickers work with dayjs.

/** Form.Item props for a month picker whose value is the month's first day. */
export const monthItemProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.startOf('month').format('YYYY-MM-DD') : undefined),
};

/** Form.Item props for a date picker whose value is "YYYY-MM-DD". */
export const dateItemProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** A reference table's texts ("cost", "transfer", "market", "competitor" name its own titles). */
export function referenceTexts(t: PerformanceT, kind: 'cost' | 'transfer' | 'market' | 'competitor', formHint?: string): ReferenceTexts {
  return {
    create: t(`reference.${kind}.create`),
    edit: t(`reference.${kind}.edit`),
    saved: t('reference.saved'),
    deleted: t('reference.deleted'),
    delete: t('reference.delete'),
    deleteConfirm: t('reference.deleteConfirm'),
    formHint,
  };
}

export interface ProductOption {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
}

/** Search products by code or name; `current` keeps the chosen product listed while editing. */
export function ProductSelect({
  value,
  onChange,
  current,
  disabled,
  allowClear,
  style,
  testId,
}: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  current?: ProductOption | null;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  testId?: string;
}) {
  const { t, locale } = usePerformanceI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text, 300);
  const [result] = useQuery({ query: performanceProductOptionsQuery, variables: { text: search || null }, pause: disabled });
  const options = useMemo(() => {
    const found = result.data?.products.edges.map(({ node }) => node) ?? [];
    const all = current && !found.some((p) => p.id === current.id) ? [current, ...found] : found;
    return all.map((p) => ({ value: p.id, label: `${p.code} ${locale === 'zh-CN' ? p.nameZh : p.nameEn || p.nameZh}` }));
  }, [result.data, current, locale]);
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('reference.cost.productPlaceholder')}
      loading={result.fetching}
      notFoundContent={result.fetching ? <Spin size="small" /> : undefined}
      options={options}
      disabled={disabled}
      allowClear={allowClear}
      style={style}
      data-testid={testId}
    />
  );
}
