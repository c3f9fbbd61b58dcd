import { Alert, Button, Typography } from 'antd';
import type { CombinedError } from '@urql/core';
import { describeError } from '../api/errors';
import { useI18n } from '../i18n/useI18n';

/** Show a failed operation, with the server's correlation id when there is one. */
export function ErrorAlert({
  error,
  onRetry,
  style,
}: {
  error: CombinedError;
  onRetry?: () => void;
  style?: React.CSSProperties;
}) {
  const { t } = useI18n();
  const problem = describeError(error, t);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      style={style}
      title={t('error.title')}
      description={
        <>
          <div>{problem.message}</div>
          {problem.correlationId && (
            <Typography.Text type="secondary" copyable={{ text: problem.correlationId }}>
              {t('error.correlationId', { id: problem.correlationId })}
            </Typography.Text>
          )}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

/** Messages from a payload's `errors` that belong to no form field. */
export function MessagesAlert({ messages }: { messages: readonly string[] }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="form-errors"
      style={{ marginBottom: 16 }}
      title={messages.length === 1 ? messages[0] : t('error.title')}
      description={
        messages.length > 1 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
