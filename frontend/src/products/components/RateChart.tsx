// The ESM build: Vite's interop turns the CommonJS lib/ build's default export into an object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { formatRate } from '../format';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

/** A step line of the headline rate over effective dates, with today marked. */
export default function RateChart({
  points,
  today,
  seriesName,
}: {
  points: { date: string; rate: string | null | undefined }[];
  today: string;
  seriesName: string;
}) {
  const data: [string, number][] = points
    .filter((p) => p.rate !== null && p.rate !== undefined)
    .map((p) => [p.date, Number(p.rate)]);
  // Carry the last rate on to today, so a single entry still draws a step and today's mark shows.
  const last = data[data.length - 1];
  if (last && last[0] < today) data.push([today, last[1]]);
  const option = {
    animationDuration: 300,
    grid: { left: 56, right: 24, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => formatRate(value),
    },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => `${v}%` } },
    series: [
      {
        name: seriesName,
        type: 'line',
        step: 'end',
        data,
        symbolSize: 8,
        areaStyle: { opacity: 0.08 },
        markLine: { symbol: 'none', silent: true, data: [{ xAxis: today }], lineStyle: { type: 'dashed' } },
      },
    ],
  };
  return (
    <div data-testid="rate-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge opts={{ renderer: 'svg' }} />
    </div>
  );
}
