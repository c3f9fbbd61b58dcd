// The ESM build: Vite's interop turns the CommonJS lib/ build's default export into an object.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { buildForecastSeries, intervalText, type ForecastPointLike, type HistoryPoint, type SeriesNames } from '../forecastSeries';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface TooltipParam {
  dataIndex: number;
  seriesName: string;
  value: number | null;
  marker: string;
}

/** History and forecast lines with the 80 % and 95 % prediction intervals shaded. */
export default function ForecastChart({
  history,
  forecast,
  names,
  format,
}: {
  history: readonly HistoryPoint[];
  forecast: readonly ForecastPointLike[];
  names: SeriesNames;
  format: (value: number) => string;
}) {
  const chart = buildForecastSeries(history, forecast, names);
  const option = {
    animationDuration: 300,
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, data: [names.history, names.forecast, names.interval80, names.interval95] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: TooltipParam[]) => {
        const index = params[0]?.dataIndex ?? 0;
        const lines = [chart.categories[index]];
        const inHistory = index < history.length;
        const point = inHistory ? history[index] : forecast[index - history.length];
        if (point) lines.push(`${inHistory ? names.history : names.forecast}: ${format(Number(point.value))}`);
        if (!inHistory) {
          const i80 = intervalText(point as ForecastPointLike, 80, format);
          const i95 = intervalText(point as ForecastPointLike, 95, format);
          if (i80) lines.push(`${names.interval80}: ${i80}`);
          if (i95) lines.push(`${names.interval95}: ${i95}`);
        }
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: chart.categories, boundaryGap: false },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => format(v) } },
    series: chart.series.map(({ band, ...series }) => ({ ...series, ...(band ? { tooltip: { show: false } } : {}) })),
  };
  return (
    <div data-testid="forecast-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 360 }} notMerge opts={{ renderer: 'svg' }} />
    </div>
  );
}
