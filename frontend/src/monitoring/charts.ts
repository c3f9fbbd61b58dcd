// ECharts options of the monitoring dashboard, built from plain data so they can be tested
// without a canvas. Values are numbers here; labels come formatted by the caller.

export interface SeriesPoint {
  date: string;
  value: string;
}

type Format = (value: number) => string;

/** A daily line with the dates along the bottom. */
export function lineOption({ points, name, color, format }: { points: readonly SeriesPoint[]; name: string; color: string; format: Format }) {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => format(value),
    },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => p.date) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (value: number) => format(value) } },
    series: [
      {
        name,
        type: 'line',
        showSymbol: false,
        smooth: false,
        data: points.map((p) => Number(p.value)),
        itemStyle: { color },
        areaStyle: { opacity: 0.08 },
      },
    ],
  };
}

export interface Slice {
  name: string;
  value: number;
  color: string;
}

/** A doughnut of a few slices with their counts. */
export function pieOption({ slices, name }: { slices: readonly Slice[]; name: string }) {
  return {
    animationDuration: 300,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        name,
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { show: true, formatter: '{b}: {c}' },
        data: slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
      },
    ],
  };
}

/** Horizontal bars, first bar on top. */
export function barOption({ bars, name, color, format }: { bars: readonly { label: string; value: number }[]; name: string; color: string; format: Format }) {
  // ECharts draws category axes bottom-up; reverse so the list reads top-down.
  const ordered = [...bars].reverse();
  return {
    animationDuration: 300,
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => format(value) },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => format(value) } },
    yAxis: { type: 'category', data: ordered.map((b) => b.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      {
        name,
        type: 'bar',
        data: ordered.map((b) => b.value),
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => format(value) },
        itemStyle: { color },
        barMaxWidth: 24,
      },
    ],
  };
}
