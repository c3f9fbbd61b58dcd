import { Typography } from 'antd';

/** Pretty-print a JSON value (the server may send it parsed or as a string). */
export function formatJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

export function JsonBlock({ value, empty }: { value: unknown; empty: string }) {
  const text = formatJson(value);
  if (text === null) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <pre
      style={{
        margin: 0,
        padding: 12,
        maxHeight: 320,
        overflow: 'auto',
        background: 'rgba(0, 0, 0, 0.03)',
        border: '1px solid rgba(5, 5, 5, 0.06)',
        borderRadius: 6,
        fontSize: 12,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {text}
    </pre>
  );
}
