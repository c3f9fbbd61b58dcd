import { describe, expect, it } from 'vitest';
import { buildForecastSeries, formatMape, intervalText, monthOf } from './forecastSeries';

const names = { history: '历史', forecast: '预测', interval80: '80%', interval95: '95%' };

describe('forecast chart series', () => {
  const history = [
    { month: '2026-01-01', value: 10 },
    { month: '2026-02-01', value: '12' },
  ];
  const forecast = [
    { month: '2026-03-01', value: 14, lower80: 12, upper80: 16, lower95: 10, upper95: 18 },
    { month: '2026-04-01', value: 15, lower80: 12.5, upper80: 17.5, lower95: 11, upper95: 19 },
  ];

  it('lays history and forecast on one month axis, the forecast joined to the last observed month', () => {
    const chart = buildForecastSeries(history, forecast, names);
    expect(chart.categories).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    const byName = (name: string) => chart.series.filter((s) => s.name === name && !s.band);
    expect(byName('历史')[0].data).toEqual([10, 12, null, null]);
    expect(byName('预测')[0].data).toEqual([null, 12, 14, 15]);
  });

  it('draws each interval as a transparent lower edge with the width stacked on it', () => {
    const chart = buildForecastSeries(history, forecast, names);
    const band = (kind: string) => chart.series.find((s) => s.band === kind)!;
    expect(band('base95').data).toEqual([null, null, 10, 11]);
    expect(band('width95').data).toEqual([null, null, 8, 8]);
    expect(band('base80').data).toEqual([null, null, 12, 12.5]);
    expect(band('width80').data).toEqual([null, null, 4, 5]);
    expect(band('base95').stack).toBe(band('width95').stack);
    expect(band('width95').areaStyle).toBeDefined();
    expect(band('base95').areaStyle).toBeUndefined();
  });

  it('leaves the bands and the forecast line out when there is nothing to draw', () => {
    const chart = buildForecastSeries(history, [], names);
    expect(chart.series.map((s) => s.name)).toEqual(['历史']);
    const noIntervals = buildForecastSeries(history, [{ month: '2026-03-01', value: 14 }], names);
    expect(noIntervals.series.some((s) => s.band)).toBe(false);
  });

  it('formats intervals, months and MAPE', () => {
    expect(intervalText(forecast[0], 80, String)).toBe('12 – 16');
    expect(intervalText({ month: 'x', value: 1 }, 95, String)).toBeNull();
    expect(monthOf('2026-03-01')).toBe('2026-03');
    expect(formatMape(0.1234, true)).toBe('12.3%');
    expect(formatMape(12.34, false)).toBe('12.3%');
    expect(formatMape(null, true)).toBe('—');
  });
});
