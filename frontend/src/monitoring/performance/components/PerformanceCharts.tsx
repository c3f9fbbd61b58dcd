// The ESM build: Vite's interop turns the CommonJS lib/ build's default export into an object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { Card, Col, Row, Typography } from 'antd';
import type { ChartData } from '../totals';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartTexts {
  profitTitle: string;
  revenueCostTitle: string;
  revenue: string;
  costs: string;
  profit: string;
  /** Says how many products the charts leave out (empty when none). */
  omitted: string;
}

const LOSS = '#cf1322';
const GAIN = '#1677ff';

/** Thousands-separated axis labels without decimals (exact figures are in the table). */
const axisLabel = (value: number) => Math.round(value).toLocaleString();

/** Profit by product, and revenue against costs (loaded lazily with the charts chunk). */
export default function PerformanceCharts({ data, texts }: { data: ChartData; texts: ChartTexts }) {
  const height = Math.max(240, data.names.length * 26 + 80);
  // Bars read top-down in the order given, so the category axis is inverted.
  const categoryAxis = { type: 'category', data: data.names, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } };
  const valueAxis = { type: 'value', axisLabel: { formatter: axisLabel } };
  const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => (v === null ? '—' : v.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })) };

  const profitOption = {
    animationDuration: 300,
    grid: { left: 150, right: 24, top: 16, bottom: 24 },
    tooltip,
    xAxis: valueAxis,
    yAxis: categoryAxis,
    series: [
      {
        type: 'bar',
        name: texts.profit,
        data: data.profit.map((value) => ({ value, itemStyle: { color: value !== null && value < 0 ? LOSS : GAIN } })),
      },
    ],
  };
  const revenueCostOption = {
    animationDuration: 300,
    grid: { left: 150, right: 24, top: 32, bottom: 24 },
    legend: { top: 0, data: [texts.revenue, texts.costs] },
    tooltip,
    xAxis: valueAxis,
    yAxis: categoryAxis,
    series: [
      { type: 'bar', name: texts.revenue, data: data.revenue, itemStyle: { color: '#52c41a' } },
      { type: 'bar', name: texts.costs, data: data.costs, itemStyle: { color: '#fa8c16' } },
    ],
  };

  return (
    <Row gutter={[16, 16]} data-testid="performance-charts">
      <Col xs={24} xl={12}>
        <Card size="small" title={texts.profitTitle} extra={texts.omitted && <Typography.Text type="secondary">{texts.omitted}</Typography.Text>}>
          <ReactEChartsCore echarts={echarts} option={profitOption} style={{ height }} notMerge opts={{ renderer: 'svg' }} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={texts.revenueCostTitle}>
          <ReactEChartsCore echarts={echarts} option={revenueCostOption} style={{ height }} notMerge opts={{ renderer: 'svg' }} />
        </Card>
      </Col>
    </Row>
  );
}
