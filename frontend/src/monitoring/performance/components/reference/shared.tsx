import { useMemo, useState } from 'react';
import { App, Button, Popconfirm, Select, Spin } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { CombinedError } from '@urql/core';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { describeError } from '../../../../api/errors';
import { userErrorMessage, type UserErrorLike } from '../../../../api/userErrors';
import { hasPermission, useAuth } from '../../../../auth/AuthContext';
import { useDebounced } from '../../../../customers/useDebounced';
import { performanceProductOptionsQuery } from '../../queries';
import { applyServerErrors } from '../../serverErrors';
import { usePerformanceI18n } from '../../usePerformanceI18n';

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

interface MutationOutcome {
  error?: CombinedError;
}

export interface Settled {
  /** True when the server stored the change. */
  saved: boolean;
  /** Messages to show above the form (those that name no field of it). */
  messages: string[];
}

/**
 * Settle a mutation's answer on a form: a request failure or the payload's `errors` (put on the
 * fields they name, the rest returned as messages) mean nothing was saved.
 */
export function useSettle(form: FormInstance, known: readonly string[]) {
  const { t, tr, locale } = usePerformanceI18n();
  return (outcome: MutationOutcome, errors: readonly UserErrorLike[] | undefined): Settled => {
    if (outcome.error) {
      const problem = describeError(outcome.error, t);
      return { saved: false, messages: [problem.correlationId ? `${problem.message} (${problem.correlationId})` : problem.message] };
    }
    if (!errors) return { saved: false, messages: [t('error.unexpected')] };
    if (errors.length === 0) return { saved: true, messages: [] };
    return { saved: false, messages: applyServerErrors(form, errors, known, (e) => userErrorMessage(e, locale, tr)) };
  };
}

/** A delete button that asks first and reports the outcome. */
export function DeleteAction({
  onDelete,
  onDeleted,
  testId,
}: {
  onDelete: () => Promise<{ error?: CombinedError; errors?: readonly UserErrorLike[] }>;
  onDeleted: () => void;
  testId: string;
}) {
  const { t, tr, locale } = usePerformanceI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      const outcome = await onDelete();
      if (outcome.error) {
        message.error(describeError(outcome.error, t).message);
      } else if (outcome.errors && outcome.errors.length > 0) {
        message.error(outcome.errors.map((e) => userErrorMessage(e, locale, tr)).join('; '));
      } else {
        message.success(t('reference.deleted'));
        onDeleted();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={t('reference.delete')}
      description={<div style={{ maxWidth: 280 }}>{t('reference.deleteConfirm')}</div>}
      okText={t('reference.delete')}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button size="small" danger icon={<DeleteOutlined />} data-testid={testId}>
        {t('reference.delete')}
      </Button>
    </Popconfirm>
  );
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
