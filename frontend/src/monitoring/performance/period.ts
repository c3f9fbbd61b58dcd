// Report periods. Dates are business days (Asia/Shanghai) as "YYYY-MM-DD" strings, computed in
// UTC so the browser's own time zone never shifts a day.

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

export interface Period {
  start: string;
  end: string;
}

/** The server refuses longer periods (both ends count). */
export const MAX_PERIOD_DAYS = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(day: string): Date {
  const match = ISO_DATE.exec(day);
  if (!match) throw new Error(`not a date: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function ymd(year: number, monthIndex: number, day: number): string {
  return iso(new Date(Date.UTC(year, monthIndex, day)));
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && iso(parse(value)) === value;
}

/** Today's business date in Shanghai. */
export function shanghaiToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(day: string, days: number): string {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** Days from start to end, both included (a one-day period has 1). */
export function periodDays({ start, end }: Period): number {
  return Math.round((parse(end).getTime() - parse(start).getTime()) / 86_400_000) + 1;
}

/** A period that does not run past `today` (the data stop there). */
function clampToToday(period: Period, today: string): Period {
  if (period.end <= today) return period;
  return { start: period.start, end: today < period.start ? period.start : today };
}

/** The calendar month containing `day`, up to today at most. */
export function monthPeriod(day: string, today: string): Period {
  const date = parse(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return clampToToday({ start: ymd(year, month, 1), end: ymd(year, month + 1, 0) }, today);
}

/** The calendar quarter containing `day`, up to today at most. */
export function quarterPeriod(day: string, today: string): Period {
  const date = parse(day);
  const year = date.getUTCFullYear();
  const first = Math.floor(date.getUTCMonth() / 3) * 3;
  return clampToToday({ start: ymd(year, first, 1), end: ymd(year, first + 3, 0) }, today);
}

/** The calendar year containing `day`, up to today at most. */
export function yearPeriod(day: string, today: string): Period {
  const year = parse(day).getUTCFullYear();
  return clampToToday({ start: ymd(year, 0, 1), end: ymd(year, 11, 31) }, today);
}

/** The last calendar quarter that ended before today: the report's default period. */
export function lastCompleteQuarter(today: string): Period {
  const date = parse(today);
  const first = Math.floor(date.getUTCMonth() / 3) * 3;
  const end = ymd(date.getUTCFullYear(), first, 0);
  return quarterPeriod(end, today);
}

/** The month, quarter or year containing `day`. */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, day: string, today: string): Period {
  if (kind === 'month') return monthPeriod(day, today);
  if (kind === 'quarter') return quarterPeriod(day, today);
  return yearPeriod(day, today);
}

export type PeriodProblem = 'missing' | 'order' | 'tooLong';

/** Why the server would refuse a period, or null when it is fine. */
export function periodProblem(period: Partial<Period> | null | undefined): PeriodProblem | null {
  if (!period || !isIsoDate(period.start) || !isIsoDate(period.end)) return 'missing';
  if (period.end < period.start) return 'order';
  if (periodDays(period as Period) > MAX_PERIOD_DAYS) return 'tooLong';
  return null;
}

/** The kind of period a start and end make: a whole month, quarter or year (possibly cut at today), or custom. */
export function periodKindOf(period: Period, today: string): PeriodKind {
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const preset = presetPeriod(kind, period.start, today);
    if (preset.start === period.start && preset.end === period.end) return kind;
  }
  return 'custom';
}
