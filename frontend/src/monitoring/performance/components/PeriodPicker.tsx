import { DatePicker, Segmented, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_PERIOD_DAYS, PERIOD_KINDS, periodDays, periodProblem, presetPeriod, type Period, type PeriodKind } from '../period';
import { usePerformanceI18n } from '../usePerformanceI18n';

export interface PeriodChoice {
  kind: PeriodKind;
  /** A day inside the month, quarter or year chosen. */
  anchor: string;
  /** The custom range. */
  range: Period;
}

/** The period a choice stands for. */
export function choicePeriod(choice: PeriodChoice, today: string): Period {
  return choice.kind === 'custom' ? choice.range : presetPeriod(choice.kind, choice.anchor, today);
}

const fmt = (day: Dayjs) => day.format('YYYY-MM-DD');

/** Month / quarter / year / custom range, with the resulting dates and why they would be refused. */
export function PeriodPicker({
  value,
  onChange,
  today,
}: {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
  today: string;
}) {
  const { t } = usePerformanceI18n();
  const period = choicePeriod(value, today);
  const problem = periodProblem(period);
  const future = (day: Dayjs) => fmt(day) > today;

  const setKind = (kind: PeriodKind) => {
    // Switching kinds keeps the dates in view: custom starts from the current preset, and a
    // preset from the custom range's start.
    if (kind === 'custom') onChange({ ...value, kind, range: period });
    else onChange({ ...value, kind, anchor: value.kind === 'custom' ? value.range.start : value.anchor });
  };

  return (
    <Space orientation="vertical" size={4} data-testid="period-picker">
      <Space wrap>
        <Segmented<PeriodKind>
          value={value.kind}
          onChange={setKind}
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`performance.period.${kind}`) }))}
          data-testid="period-kind"
        />
        {value.kind === 'custom' ? (
          <DatePicker.RangePicker
            value={[dayjs(value.range.start), dayjs(value.range.end)]}
            allowClear={false}
            disabledDate={future}
            onChange={(days) => {
              if (days?.[0] && days[1]) onChange({ ...value, range: { start: fmt(days[0]), end: fmt(days[1]) } });
            }}
            data-testid="period-range"
          />
        ) : (
          <DatePicker
            picker={value.kind}
            value={dayjs(value.anchor)}
            allowClear={false}
            disabledDate={future}
            onChange={(day) => {
              if (day) onChange({ ...value, anchor: fmt(day) });
            }}
            data-testid="period-anchor"
          />
        )}
      </Space>
      {problem ? (
        <Typography.Text type="danger" data-testid="period-problem">
          {problem === 'tooLong'
            ? t('performance.period.tooLong', { max: MAX_PERIOD_DAYS })
            : t(`performance.period.${problem}`)}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" data-testid="period-summary">
          {t('performance.period.summary', { start: period.start, end: period.end, days: periodDays(period) })}
        </Typography.Text>
      )}
    </Space>
  );
}
