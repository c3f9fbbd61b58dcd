// The ESM build: Vite's interop turns the CommonJS lib/ build's default export into an object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** Horizontal bars: how many customers have each need. */
export default function NeedsChart({ bars, seriesName }: { bars: { label: string; count: number }[]; seriesName: string }) {
  // ECharts draws category axes bottom-up; reverse so the list reads top-down like the table.
  const ordered = [...bars].reverse();
  const option = {
    animationDuration: 300,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((b) => b.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        data: ordered.map((b) => b.count),
        label: { show: true, position: 'right' },
        itemStyle: { color: '#1677ff' },
        barMaxWidth: 28,
      },
    ],
  };
  return (
    <div data-testid="needs-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: Math.max(200, bars.length * 44 + 40) }} notMerge opts={{ renderer: 'svg' }} />
    </div>
  );
}
