import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { escapeInvisible, formatDateTime } from '../../components/format';
import type { DocumentKind, ProductQuery, ProductStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { DOCUMENT_KINDS } from '../enums';
import { formatBytes } from '../format';
import { productDocumentUploadMutation } from '../mutations';
import { applyFieldErrors } from '../serverErrors';
import { useEnumOptions } from './tags';

type Documents = NonNullable<ProductQuery['product']>['documents'];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg', 'md'] as const;

/** Why a file cannot be uploaded (i18n key), or null when it can. */
export function documentFileProblem(file: { name: string; size: number }): 'product.doc.tooLarge' | 'product.doc.badType' | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) return 'product.doc.badType';
  if (file.size > MAX_DOCUMENT_BYTES) return 'product.doc.tooLarge';
  return null;
}

/** The file's bytes as base64 (without the data: URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Statuses whose customer-facing documents change only through a change request. */
export const CHANGE_CONTROLLED_STATUSES: readonly ProductStatus[] = ['ON_SALE', 'SUSPENDED'];

/** Whether uploading this kind of document to a product in this status makes a change request
 *  (a checker attaches it) instead of attaching it at once — the server decides the same. */
export function uploadNeedsChangeRequest(status: ProductStatus, kind: DocumentKind | undefined): boolean {
  return CHANGE_CONTROLLED_STATUSES.includes(status) && kind !== undefined && kind !== 'OTHER';
}

interface UploadValues {
  kind?: DocumentKind;
  title?: string;
  file?: File;
}

function UploadForm({ productId, status, onUploaded }: { productId: string; status: ProductStatus; onUploaded: () => void }) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const options = useEnumOptions();
  const [form] = Form.useForm<UploadValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const [state, upload] = useMutation(productDocumentUploadMutation);
  const file = Form.useWatch('file', form) as File | undefined;
  const kind = Form.useWatch('kind', form) as DocumentKind | undefined;
  const live = CHANGE_CONTROLLED_STATUSES.includes(status);

  const onFinish = async (values: UploadValues) => {
    if (!values.file) return;
    setGeneral([]);
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(values.file);
    } catch {
      setGeneral([t('error.unexpected')]);
      return;
    } finally {
      setReading(false);
    }
    const result = await upload({
      input: { productId, kind: values.kind!, title: values.title!.trim(), filename: values.file.name, contentBase64 },
    });
    if (result.error) {
      setGeneral([describeError(result.error, t).message]);
      return;
    }
    const payload = result.data?.productDocumentUpload;
    if (!payload) return;
    if (payload.errors.length) {
      // The file's own errors (size, type) belong on the file field.
      const errors = payload.errors.map((e) => (e.field && /filename|content/i.test(e.field) ? { ...e, field: 'file' } : e));
      setGeneral(applyFieldErrors(form, errors, (e) => userErrorMessage(e, locale, tr)).general);
      return;
    }
    if (payload.changeRequest) {
      message.info(t('product.doc.changeRequested'));
    } else {
      message.success(t('product.doc.uploaded', { title: payload.document?.title ?? '', version: payload.document?.version ?? 1 }));
    }
    form.resetFields();
    onUploaded();
  };

  return (
    <Card size="small" title={t('product.doc.upload')} style={{ marginBottom: 16 }}>
      {live && (
        <Alert
          type={uploadNeedsChangeRequest(status, kind) ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          message={t('product.doc.liveNotice')}
          data-testid="doc-change-request-notice"
        />
      )}
      <MessagesAlert messages={general} />
      <Form<UploadValues> form={form} layout="inline" onFinish={onFinish} name="document-upload" style={{ rowGap: 8 }}>
        <Form.Item name="kind" rules={[{ required: true, message: t('product.v.required') }]}>
          <Select placeholder={t('product.doc.kind')} style={{ width: 160 }} options={options('documentKind', DOCUMENT_KINDS)} data-testid="doc-kind" />
        </Form.Item>
        <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('product.v.required') }, { max: 200 }]}>
          <Input placeholder={t('product.doc.title')} style={{ width: 220 }} data-testid="doc-title" />
        </Form.Item>
        <Form.Item
          name="file"
          valuePropName="file"
          getValueFromEvent={(e: { file: File; fileList: unknown[] }) => (e.fileList.length ? e.file : undefined)}
          rules={[
            { required: true, message: t('product.doc.fileRequired') },
            {
              validator: (_, value: File | undefined) => {
                const problem = value ? documentFileProblem(value) : null;
                return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
              },
            },
          ]}
        >
          <Upload
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.md"
            maxCount={1}
            beforeUpload={() => false}
            showUploadList={false}
            data-testid="doc-file"
          >
            <Button icon={<UploadOutlined />}>{file ? `${file.name} (${formatBytes(file.size)})` : t('product.doc.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={reading || state.fetching} data-testid="doc-upload-submit">
            {uploadNeedsChangeRequest(status, kind) ? t('product.doc.requestChange') : t('product.doc.upload')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** A product's documents (every version, newest first) with download links, and the upload form. */
export function DocumentsTab({
  productId,
  status,
  documents,
  canUpload,
  onUploaded,
}: {
  productId: string;
  status: ProductStatus;
  documents: Documents;
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const { t, tr } = useI18n();
  return (
    <div data-testid="product-documents">
      {canUpload && <UploadForm productId={productId} status={status} onUploaded={onUploaded} />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={documents}
        locale={{ emptyText: t('product.doc.empty') }}
        columns={[
          { title: t('product.doc.kind'), dataIndex: 'kind', render: (k: string) => tr(`product.documentKind.${k}`, k) },
          { title: t('product.doc.title'), dataIndex: 'title' },
          { title: t('product.doc.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
          {
            title: t('product.doc.filename'),
            dataIndex: 'filename',
            render: (name: string, doc) => (
              <Typography.Text title={`sha256 ${doc.sha256}`}>{escapeInvisible(name)}</Typography.Text>
            ),
          },
          { title: t('product.doc.size'), dataIndex: 'size', render: (s: number) => formatBytes(s) },
          { title: t('product.doc.uploadedBy'), key: 'by', render: (_: unknown, d) => d.uploadedBy?.displayName ?? '—' },
          { title: t('product.doc.uploadedAt'), dataIndex: 'uploadedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('common.actions'),
            key: 'download',
            render: (_: unknown, d) => (
              <Space>
                <a href={d.downloadUrl || `/files/documents/${encodeURIComponent(d.id)}`} download={escapeInvisible(d.filename)}>
                  <DownloadOutlined /> {t('product.doc.download')}
                </a>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
