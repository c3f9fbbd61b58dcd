import { Button, Select, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/useI18n';
import { PAGE_SIZES, type CursorPaging } from './paging';

/** Previous / next paging under a table, with the total the server counted. */
export function CursorPager({
  paging,
  totalCount,
  hasNextPage,
  endCursor,
  loading,
}: {
  paging: CursorPaging;
  totalCount: number | undefined;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  loading?: boolean;
}) {
  const { t } = useI18n();
  // Until the first answer arrives the count is unknown; "?" beats a wrong number.
  const pages = totalCount === undefined ? '?' : Math.max(1, Math.ceil(totalCount / paging.pageSize));
  const pageText = t('pager.page', { page: paging.page, pages });
  return (
    <Space wrap style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }} data-testid="pager">
      {totalCount !== undefined && (
        <Typography.Text type="secondary" data-testid="pager-total">
          {t('common.total', { total: totalCount })}
        </Typography.Text>
      )}
      <Button
        icon={<VerticalRightOutlined />}
        disabled={paging.page <= 1 || loading}
        onClick={paging.first}
        aria-label={t('pager.first')}
      />
      <Button
        icon={<LeftOutlined />}
        disabled={paging.page <= 1 || loading}
        onClick={paging.previous}
        aria-label={t('pager.previous')}
        data-testid="pager-prev"
      />
      <Typography.Text data-testid="pager-page">{pageText}</Typography.Text>
      <Button
        icon={<RightOutlined />}
        disabled={!hasNextPage || loading}
        onClick={() => paging.next(endCursor)}
        aria-label={t('pager.next')}
        data-testid="pager-next"
      />
      <Select
        value={paging.pageSize}
        onChange={paging.setPageSize}
        style={{ width: 110 }}
        options={PAGE_SIZES.map((size) => ({
          value: size,
          label: t('pager.pageSize', { size }),
        }))}
      />
    </Space>
  );
}
