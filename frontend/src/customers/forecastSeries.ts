// ECharts series of a demand forecast: the history line, the forecast line joined to it, and the
// 80 % / 95 % prediction intervals drawn as shaded bands (a transparent lower edge with the
// band's width stacked on top, on a category axis of months so the stacks line up).

export interface HistoryPoint {
  month: string;
  value: number | string;
}

export interface ForecastPointLike extends HistoryPoint {
  lower80?: number | string | null;
  upper80?: number | string | null;
  lower95?: number | string | null;
  upper95?: number | string | null;
}

export interface SeriesNames {
  history: string;
  forecast: string;
  interval80: string;
  interval95: string;
}

/** "2026-03-01" → "2026-03": forecasts are monthly. */
export function monthOf(month: string): string {
  return /^\d{4}-\d{2}/.test(month) ? month.slice(0, 7) : month;
}

const num = (v: number | string | null | undefined): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

export interface ChartSeries {
  name: string;
  type: 'line';
  data: (number | null)[];
  stack?: string;
  /** Internal series (band edges) stay out of the legend and tooltip. */
  band?: 'base80' | 'width80' | 'base95' | 'width95';
  lineStyle?: Record<string, unknown>;
  areaStyle?: Record<string, unknown>;
  itemStyle?: Record<string, unknown>;
  symbol?: string;
  showSymbol?: boolean;
  silent?: boolean;
  connectNulls?: boolean;
}

/** Colours: history in the console's blue, the forecast and its intervals in orange. */
export const HISTORY_COLOR = '#1677ff';
export const FORECAST_COLOR = '#fa8c16';

export interface ForecastChartData {
  categories: string[];
  series: ChartSeries[];
}

/** Build the categories and series of the chart from the API's points. */
export function buildForecastSeries(
  history: readonly HistoryPoint[],
  forecast: readonly ForecastPointLike[],
  names: SeriesNames,
): ForecastChartData {
  const categories = [...history.map((p) => monthOf(p.month)), ...forecast.map((p) => monthOf(p.month))];
  const pad = (n: number) => Array<number | null>(n).fill(null);
  const historyData = [...history.map((p) => num(p.value)), ...pad(forecast.length)];
  // The forecast line starts at the last observed month so the two lines join.
  const lastHistory = history.length ? num(history[history.length - 1].value) : null;
  const forecastData = [...pad(Math.max(0, history.length - 1)), ...(history.length ? [lastHistory] : []), ...forecast.map((p) => num(p.value))];

  const band = (lowerKey: 'lower80' | 'lower95', upperKey: 'upper80' | 'upper95') => {
    const base = forecast.map((p) => num(p[lowerKey]));
    const width = forecast.map((p) => {
      const lower = num(p[lowerKey]);
      const upper = num(p[upperKey]);
      return lower === null || upper === null ? null : Math.max(0, upper - lower);
    });
    return { base: [...pad(history.length), ...base], width: [...pad(history.length), ...width] };
  };
  const b95 = band('lower95', 'upper95');
  const b80 = band('lower80', 'upper80');
  const hasBand = (b: { width: (number | null)[] }) => b.width.some((v) => v !== null);

  const series: ChartSeries[] = [];
  if (hasBand(b95)) {
    series.push(
      { name: names.interval95, type: 'line', data: b95.base, stack: 'ci95', band: 'base95', lineStyle: { opacity: 0 }, itemStyle: { color: FORECAST_COLOR, opacity: 0.15 }, symbol: 'none', silent: true },
      { name: names.interval95, type: 'line', data: b95.width, stack: 'ci95', band: 'width95', lineStyle: { opacity: 0 }, itemStyle: { color: FORECAST_COLOR, opacity: 0.15 }, areaStyle: { opacity: 0.15, color: FORECAST_COLOR }, symbol: 'none', silent: true },
    );
  }
  if (hasBand(b80)) {
    series.push(
      { name: names.interval80, type: 'line', data: b80.base, stack: 'ci80', band: 'base80', lineStyle: { opacity: 0 }, itemStyle: { color: FORECAST_COLOR, opacity: 0.3 }, symbol: 'none', silent: true },
      { name: names.interval80, type: 'line', data: b80.width, stack: 'ci80', band: 'width80', lineStyle: { opacity: 0 }, itemStyle: { color: FORECAST_COLOR, opacity: 0.3 }, areaStyle: { opacity: 0.3, color: FORECAST_COLOR }, symbol: 'none', silent: true },
    );
  }
  series.push({ name: names.history, type: 'line', data: historyData, showSymbol: true, itemStyle: { color: HISTORY_COLOR } });
  if (forecast.length) {
    series.push({
      name: names.forecast,
      type: 'line',
      data: forecastData,
      lineStyle: { type: 'dashed', color: FORECAST_COLOR },
      itemStyle: { color: FORECAST_COLOR },
      showSymbol: true,
    });
  }
  return { categories, series };
}

/** The interval of a forecast month as "low – high", for the tooltip. */
export function intervalText(point: ForecastPointLike | undefined, level: 80 | 95, format: (n: number) => string): string | null {
  if (!point) return null;
  const lower = num(level === 80 ? point.lower80 : point.lower95);
  const upper = num(level === 80 ? point.upper80 : point.upper95);
  if (lower === null || upper === null) return null;
  return `${format(lower)} – ${format(upper)}`;
}

/** MAPE as a percentage with one decimal: 0.1234 or 12.34 → "12.3%" (fractions below 1 are scaled). */
export function formatMape(value: number | null | undefined, asFraction: boolean): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(asFraction ? value * 100 : value).toFixed(1)}%`;
}
