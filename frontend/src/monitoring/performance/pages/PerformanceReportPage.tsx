import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { FileExcelOutlined, FileTextOutlined, SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { describeError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ExportFormat, ProductFamily } from '../../../gql/graphql';
import { FAMILIES } from '../../../products/enums';
import { PerformanceDrawer } from '../components/PerformanceDrawer';
import { PerformanceTable, type PerformanceRow } from '../components/PerformanceTable';
import { choicePeriod, PeriodPicker, type PeriodChoice } from '../components/PeriodPicker';
import { downloadExportFile } from '../download';
import { periodDays, periodKindOf, periodProblem, shanghaiToday } from '../period';
import { productPerformanceExportQuery, productPerformanceQuery } from '../queries';
import { filterFromParams, filterToParams, type ReportFilter } from '../reportFilter';
import { chartData, familySections } from '../totals';
import { usePerformanceI18n } from '../usePerformanceI18n';

const PerformanceCharts = lazy(() => import('../components/PerformanceCharts'));

function choiceFor(filter: ReportFilter, today: string): PeriodChoice {
  return { kind: periodKindOf(filter, today), anchor: filter.start, range: { start: filter.start, end: filter.end } };
}

/** /performance — how each product did over a period, by family, with charts and exports. */
export function PerformanceReportPage() {
  const { t, tr, locale } = usePerformanceI18n();
  const { message } = App.useApp();
  const client = useClient();
  const today = useMemo(() => shanghaiToday(), []);
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = useMemo(() => filterFromParams(searchParams, today), [searchParams, today]);
  const [choice, setChoice] = useState<PeriodChoice>(() => choiceFor(applied, today));
  const [family, setFamily] = useState<ProductFamily | null>(applied.family);
  const [selected, setSelected] = useState<PerformanceRow | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);

  const [result, reexecute] = useQuery({ query: productPerformanceQuery, variables: applied });
  const rows = result.data?.productPerformance;

  // Notes come in the caller's language: ask again when the console's language changes.
  const firstLocale = useRef(locale);
  useEffect(() => {
    if (locale !== firstLocale.current) {
      firstLocale.current = locale;
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [locale, reexecute]);

  const pending = choicePeriod(choice, today);
  const problem = periodProblem(pending);
  const run = () => {
    if (problem) return;
    const next = { ...pending, family };
    setSearchParams(filterToParams(next));
    // The same filter again still means "fetch fresh figures".
    if (next.start === applied.start && next.end === applied.end && next.family === applied.family) {
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  const exportAs = async (format: ExportFormat) => {
    setExporting(format);
    try {
      const answer = await client
        .query(productPerformanceExportQuery, { ...applied, format }, { requestPolicy: 'network-only' })
        .toPromise();
      if (answer.error) {
        message.error(describeError(answer.error, t).message);
        return;
      }
      const file = answer.data?.productPerformanceExport;
      if (file) {
        downloadExportFile(file);
        message.success(t('performance.exported', { filename: file.filename }));
      }
    } finally {
      setExporting(null);
    }
  };

  const sections = useMemo(() => familySections(rows ?? []), [rows]);
  const charts = useMemo(
    () =>
      chartData(
        (rows ?? []).map((row) => ({
          name: locale === 'zh-CN' ? row.product.nameZh : row.product.nameEn,
          revenue: row.revenue,
          costs: row.costs,
          profit: row.profit,
        })),
      ),
    [rows, locale],
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="performance-report-page">
      <Card
        title={t('performance.title')}
        extra={
          <Space wrap>
            <Button
              icon={<FileTextOutlined />}
              loading={exporting === 'CSV'}
              disabled={!!exporting}
              onClick={() => exportAs('CSV')}
              data-testid="performance-export-csv"
            >
              {t('performance.exportCsv')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporting === 'XLSX'}
              disabled={!!exporting}
              onClick={() => exportAs('XLSX')}
              data-testid="performance-export-xlsx"
            >
              {t('performance.exportXlsx')}
            </Button>
          </Space>
        }
      >
        <Space wrap align="start" size="large">
          <PeriodPicker value={choice} onChange={setChoice} today={today} />
          <Select<ProductFamily | 'ALL'>
            value={family ?? 'ALL'}
            onChange={(value) => setFamily(value === 'ALL' ? null : value)}
            style={{ width: 160 }}
            aria-label={t('performance.family')}
            data-testid="performance-family"
            options={[
              { value: 'ALL', label: t('performance.familyAll') },
              ...FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) })),
            ]}
          />
          <Button type="primary" icon={<SearchOutlined />} onClick={run} disabled={!!problem} data-testid="performance-run">
            {t('performance.query')}
          </Button>
        </Space>
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary" data-testid="performance-applied">
            {/* Say which period the figures are for when the pickers have moved on since. */}
            {pending.start !== applied.start || pending.end !== applied.end || family !== applied.family
              ? `${t('performance.shown', { start: applied.start, end: applied.end, days: periodDays(applied) })}${
                  applied.family ? ` · ${tr(`product.family.${applied.family}`, applied.family)}` : ''
                } · `
              : ''}
            {t('performance.currencyNote')}
          </Typography.Text>
        </div>
      </Card>

      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}

      {result.fetching && !rows && (
        <Card>
          <Spin />
        </Card>
      )}

      {rows && rows.length === 0 && (
        <Card>
          <Empty description={t('performance.empty')} data-testid="performance-empty" />
        </Card>
      )}

      {rows && rows.length > 0 && (
        <>
          <Suspense fallback={<Spin />}>
            <PerformanceCharts
              data={charts}
              texts={{
                profitTitle: t('performance.chart.profit'),
                revenueCostTitle: t('performance.chart.revenueCost'),
                revenue: t('performance.chart.revenue'),
                costs: t('performance.chart.costs'),
                profit: t('performance.chart.profitSeries'),
                omitted: charts.omitted > 0 ? t('performance.chart.omitted', { count: charts.omitted }) : '',
              }}
            />
          </Suspense>
          {sections.map((section) => (
            <Card
              key={section.family}
              size="small"
              title={`${tr(`product.family.${section.family}`, section.family)} · ${t('performance.products', { count: section.rows.length })}`}
              data-testid={`performance-section-${section.family}`}
            >
              <Spin spinning={result.fetching}>
                <PerformanceTable section={section} onDetails={setSelected} />
              </Spin>
            </Card>
          ))}
        </>
      )}

      <PerformanceDrawer row={selected} onClose={() => setSelected(null)} />
    </Space>
  );
}
