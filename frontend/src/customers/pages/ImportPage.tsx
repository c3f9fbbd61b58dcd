import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Progress, Radio, Row, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { CombinedError } from '@urql/core';
import { userErrorMessage } from '../../api/userErrors';
import { ErrorAlert, MessagesAlert } from '../../components/ErrorAlert';
import type { CustomerImportMutation, ImportKind, ImportMode } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { formatBytes } from '../../products/format';
import { IMPORT_KINDS, IMPORT_MODES } from '../enums';
import { IMPORT_COLUMNS } from '../importColumns';
import { downloadText, errorReportCsv, errorReportName, formatOfFile, importFileProblem, MAX_IMPORT_BYTES } from '../importFile';
import { customerImportMutation } from '../mutations';
import { postWithProgress, readFileAsBase64 } from '../upload';

type ImportResult = NonNullable<NonNullable<CustomerImportMutation['customerImport']>['result']>;

interface ImportValues {
  kind: ImportKind;
  mode: ImportMode;
}

type Phase = 'idle' | 'reading' | 'uploading' | 'processing' | 'done';

/** /customers/import — bring customers, holdings or transactions in from CSV or JSON Lines. */
export function ImportPage() {
  const { t, tr, locale } = useI18n();
  const [form] = Form.useForm<ImportValues>();
  const kind = (Form.useWatch('kind', form) as ImportKind | undefined) ?? 'CUSTOMERS';
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [readPercent, setReadPercent] = useState(0);
  const [uploadPercent, setUploadPercent] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [requestError, setRequestError] = useState<CombinedError | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const busy = phase === 'reading' || phase === 'uploading' || phase === 'processing';

  const choose = (chosen: File) => {
    const problem = importFileProblem(chosen);
    setFile(problem ? null : chosen);
    setFileError(problem ? t(problem, { max: formatBytes(MAX_IMPORT_BYTES) }) : null);
    setResult(null);
    setMessages([]);
    setRequestError(null);
    setPhase('idle');
    return false;
  };

  const run = async (values: ImportValues) => {
    if (!file) {
      setFileError(t('customer.import.fileRequired'));
      return;
    }
    const format = formatOfFile(file.name);
    if (!format) return;
    setResult(null);
    setMessages([]);
    setRequestError(null);
    setReadPercent(0);
    setUploadPercent(0);
    setPhase('reading');
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file, (f) => setReadPercent(Math.round(f * 100)));
    } catch {
      setPhase('idle');
      setFileError(t('customer.import.readFailed'));
      return;
    }
    setPhase('uploading');
    const answer = await postWithProgress(
      customerImportMutation,
      { input: { kind: values.kind, format, mode: values.mode, filename: file.name, contentBase64 } },
      (f) => {
        setUploadPercent(Math.round(f * 100));
        if (f >= 1) setPhase('processing');
      },
    );
    setPhase('done');
    if (answer.error) {
      setRequestError(answer.error);
      return;
    }
    const payload = answer.data?.customerImport;
    if (!payload) return;
    setMessages(payload.errors.map((e) => userErrorMessage(e, locale, tr)));
    setResult(payload.result ?? null);
  };

  const reportName = errorReportName(file?.name ?? 'import');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('customer.import.title')} data-testid="import-page">
          <Form<ImportValues> form={form} layout="vertical" onFinish={run} initialValues={{ kind: 'CUSTOMERS', mode: 'ALL_OR_NOTHING' }} name="import-form">
            <Form.Item name="kind" label={t('customer.import.kind')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                disabled={busy}
                options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`customer.importKind.${k}`) }))}
                data-testid="import-kind"
              />
            </Form.Item>
            <Form.Item name="mode" label={t('customer.import.mode')} rules={[{ required: true }]} extra={t('customer.import.modeHint')}>
              <Radio.Group
                disabled={busy}
                options={IMPORT_MODES.map((m) => ({ value: m, label: t(`customer.importMode.${m}`) }))}
                data-testid="import-mode"
              />
            </Form.Item>
            <Form.Item label={t('customer.import.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined}>
              <Upload.Dragger
                accept=".csv,.jsonl,.ndjson"
                maxCount={1}
                showUploadList={false}
                beforeUpload={choose}
                disabled={busy}
                data-testid="import-file"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{file ? `${file.name} (${formatBytes(file.size)})` : t('customer.import.drop')}</p>
                <p className="ant-upload-hint">{t('customer.import.fileHint', { max: formatBytes(MAX_IMPORT_BYTES) })}</p>
              </Upload.Dragger>
            </Form.Item>
            {phase !== 'idle' && (
              <div style={{ marginBottom: 16 }} data-testid="import-progress">
                <Typography.Text type="secondary">{t('customer.import.reading')}</Typography.Text>
                <Progress percent={readPercent} size="small" />
                <Typography.Text type="secondary">{t('customer.import.uploading')}</Typography.Text>
                <Progress percent={uploadPercent} size="small" status={phase === 'uploading' ? 'active' : undefined} />
                {phase === 'processing' && <Typography.Text type="secondary">{t('customer.import.processing')}</Typography.Text>}
              </div>
            )}
            <Button type="primary" htmlType="submit" icon={<CloudUploadOutlined />} loading={busy} disabled={!file} data-testid="import-submit">
              {t('customer.import.start')}
            </Button>
          </Form>
        </Card>
        {(result || requestError || messages.length > 0) && (
          <Card title={t('customer.import.result')} style={{ marginTop: 16 }} data-testid="import-result">
            {requestError && <ErrorAlert error={requestError} style={{ marginBottom: 16 }} />}
            <MessagesAlert messages={messages} />
            {result && (
              <>
                <Alert
                  type={result.failed === 0 ? 'success' : result.committed ? 'warning' : 'error'}
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={
                    result.failed === 0
                      ? t('customer.import.allGood')
                      : result.committed
                        ? t('customer.import.someSkipped', { failed: result.failed })
                        : t('customer.import.nothingWritten', { failed: result.failed })
                  }
                  data-testid="import-outcome"
                />
                <Row gutter={16}>
                  {(['total', 'inserted', 'updated', 'unchanged', 'failed'] as const).map((key) => (
                    <Col key={key} xs={12} md={8} lg={4}>
                      <Statistic
                        title={t(`customer.import.count.${key}`)}
                        value={result[key]}
                        valueStyle={key === 'failed' && result.failed ? { color: '#cf1322' } : undefined}
                        valueRender={(node) => <span data-testid={`import-${key}`}>{node}</span>}
                      />
                    </Col>
                  ))}
                </Row>
                {result.failed > 0 && (
                  <>
                    <Space style={{ margin: '16px 0 8px' }}>
                      <Button icon={<DownloadOutlined />} onClick={() => downloadText(errorReportCsv(result), reportName)} data-testid="import-error-report">
                        {t('customer.import.downloadReport')}
                      </Button>
                      {result.errors.length < result.failed && (
                        <Typography.Text type="secondary">{t('customer.import.firstErrors', { shown: result.errors.length })}</Typography.Text>
                      )}
                    </Space>
                    <Table
                      rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.code}`}
                      size="small"
                      dataSource={result.errors}
                      pagination={{ pageSize: 10, showSizeChanger: false }}
                      data-testid="import-errors"
                      columns={[
                        { title: t('customer.import.row'), dataIndex: 'row', key: 'row', width: 80 },
                        { title: t('customer.import.field'), dataIndex: 'field', key: 'field', render: (v: string | null) => v ?? '—' },
                        { title: t('customer.import.code'), dataIndex: 'code', key: 'code', render: (v: string) => <Tag>{v}</Tag> },
                        { title: t('customer.import.message'), dataIndex: 'message', key: 'message' },
                      ]}
                    />
                  </>
                )}
              </>
            )}
          </Card>
        )}
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('customer.import.columns', { kind: t(`customer.importKind.${kind}`) })} data-testid="import-columns">
          <Typography.Paragraph type="secondary">{t(`customer.import.columnsHint.${kind}`)}</Typography.Paragraph>
          <Space wrap size={[4, 8]}>
            {IMPORT_COLUMNS[kind].map((column) => (
              <Tag key={column}>
                <Typography.Text code style={{ margin: 0 }}>
                  {column}
                </Typography.Text>
              </Tag>
            ))}
          </Space>
          <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
            <Descriptions.Item label="CSV">{t('customer.import.csvHint')}</Descriptions.Item>
            <Descriptions.Item label="JSONL">{t('customer.import.jsonlHint')}</Descriptions.Item>
            <Descriptions.Item label={t('customer.import.idempotent')}>{t('customer.import.idempotentHint')}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
    </Row>
  );
}
