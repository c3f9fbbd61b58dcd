import { describe, expect, it } from 'vitest';
import {
  atLeast,
  catchUpSince,
  CLOCK_MARGIN_MS,
  criticalCues,
  filterVariables,
  latestChange,
  matchesFilter,
  mergeAlerts,
  updateUnseen,
  type FeedAlertLike,
} from './feed';

const alert = (id: string, overrides: Partial<FeedAlertLike> = {}): FeedAlertLike => ({
  id,
  severity: 'WARNING',
  status: 'OPEN',
  family: 'LOAN',
  version: 1,
  updatedAt: '2026-05-01T08:00:00+00:00',
  ...overrides,
});

describe('mergeAlerts', () => {
  it('keeps one row per alert, its newest version, newest change first', () => {
    const current = [alert('a', { updatedAt: '2026-05-01T08:00:00+00:00' }), alert('b', { updatedAt: '2026-05-01T07:00:00+00:00' })];
    const incoming = [
      alert('b', { version: 2, status: 'ACKNOWLEDGED', updatedAt: '2026-05-01T09:00:00+00:00' }),
      alert('c', { updatedAt: '2026-05-01T08:30:00+00:00' }),
      alert('b', { version: 2, status: 'ACKNOWLEDGED', updatedAt: '2026-05-01T09:00:00+00:00' }),
    ];
    const { items, changed } = mergeAlerts(current, incoming);
    expect(items.map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(items[0]).toMatchObject({ version: 2, status: 'ACKNOWLEDGED' });
    expect(changed.map((a) => a.id).sort()).toEqual(['b', 'c']);
  });

  it('ignores a stale or repeated version (a catch-up page overlapping live events)', () => {
    const current = [alert('a', { version: 3, severity: 'CRITICAL', updatedAt: '2026-05-01T10:00:00+00:00' })];
    const stale = [alert('a', { version: 2, updatedAt: '2026-05-01T09:00:00+00:00' }), alert('a', { version: 3, severity: 'CRITICAL', updatedAt: '2026-05-01T10:00:00+00:00' })];
    const result = mergeAlerts(current, stale);
    expect(result.changed).toEqual([]);
    expect(result.items).toEqual(current);
  });

  it('orders in any arrival order and breaks time ties by id', () => {
    const same = '2026-05-01T08:00:00+00:00';
    const { items } = mergeAlerts([], [alert('a', { updatedAt: same }), alert('c', { updatedAt: same }), alert('b', { updatedAt: same })]);
    expect(items.map((a) => a.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const incoming = Array.from({ length: 5 }, (_, i) => alert(`x${i}`, { updatedAt: `2026-05-01T0${i}:00:00+00:00` }));
    expect(mergeAlerts([], incoming, 3).items.map((a) => a.id)).toEqual(['x4', 'x3', 'x2']);
  });

  it('reports alerts that just became CRITICAL: new ones and escalations, not repeats', () => {
    const current = [alert('old-critical', { severity: 'CRITICAL' }), alert('warning')];
    const { newlyCritical } = mergeAlerts(current, [
      alert('old-critical', { severity: 'CRITICAL', version: 2, status: 'ACKNOWLEDGED', updatedAt: '2026-05-01T09:00:00+00:00' }),
      alert('warning', { severity: 'CRITICAL', version: 2, updatedAt: '2026-05-01T09:00:00+00:00' }),
      alert('fresh', { severity: 'CRITICAL', updatedAt: '2026-05-01T09:00:00+00:00' }),
      alert('resolved', { severity: 'CRITICAL', status: 'RESOLVED', updatedAt: '2026-05-01T09:00:00+00:00' }),
      alert('info', { severity: 'INFO', updatedAt: '2026-05-01T09:00:00+00:00' }),
    ]);
    expect(newlyCritical.map((a) => a.id).sort()).toEqual(['fresh', 'warning']);
  });

  it('drops the CRITICAL report when a later version in the same batch de-escalates', () => {
    const { newlyCritical } = mergeAlerts([], [
      alert('a', { severity: 'CRITICAL', version: 1 }),
      alert('a', { severity: 'WARNING', version: 2, updatedAt: '2026-05-01T09:00:00+00:00' }),
    ]);
    expect(newlyCritical).toEqual([]);
  });
});

describe('CRITICAL cue', () => {
  const opened = Date.parse('2026-05-01T08:30:00Z');

  it('cues only changes made after the feed started watching', () => {
    const before = alert('before', { severity: 'CRITICAL', updatedAt: '2026-05-01T08:00:00+00:00' });
    const after = alert('after', { severity: 'CRITICAL', updatedAt: '2026-05-01T08:45:00+00:00' });
    expect(criticalCues([before, after], opened).map((a) => a.id)).toEqual(['after']);
  });

  it('keeps an alert unseen until it is resolved or no longer CRITICAL', () => {
    let unseen = updateUnseen(new Set(), [], [alert('a', { severity: 'CRITICAL' }), alert('b', { severity: 'CRITICAL' })]);
    expect([...unseen].sort()).toEqual(['a', 'b']);
    unseen = updateUnseen(unseen, [alert('a', { severity: 'CRITICAL', status: 'ACKNOWLEDGED', version: 2 })], []);
    expect([...unseen].sort()).toEqual(['a', 'b']);
    unseen = updateUnseen(unseen, [alert('a', { severity: 'CRITICAL', status: 'RESOLVED', version: 3 }), alert('b', { severity: 'WARNING', version: 2 })], []);
    expect([...unseen]).toEqual([]);
  });
});

describe('catch-up', () => {
  it('starts from the last change seen, or from the page opening less the clock margin', () => {
    expect(catchUpSince('2026-05-01T09:00:00.123456+00:00', 0)).toBe('2026-05-01T09:00:00.123456+00:00');
    const opened = Date.parse('2026-05-01T08:30:00Z');
    expect(catchUpSince(null, opened)).toBe(new Date(opened - CLOCK_MARGIN_MS).toISOString());
    expect(catchUpSince(null, opened)).toBe('2026-05-01T08:28:00.000Z');
  });

  it('tracks the newest change the server reported, in its own format', () => {
    const alerts = [alert('a', { updatedAt: '2026-05-01T08:00:00+00:00' }), alert('b', { updatedAt: '2026-05-01T10:00:00+02:00' })];
    expect(latestChange(alerts)).toBe('2026-05-01T08:00:00+00:00');
    expect(latestChange([alert('c', { updatedAt: '2026-05-01T08:00:01+00:00' })], '2026-05-01T08:00:00+00:00')).toBe('2026-05-01T08:00:01+00:00');
    expect(latestChange([], '2026-05-01T08:00:00+00:00')).toBe('2026-05-01T08:00:00+00:00');
    expect(latestChange([])).toBeNull();
  });

  it('merges a catch-up after a reconnect with the live events already shown', () => {
    // given two live events before the socket dropped
    let feed = mergeAlerts([], [alert('a', { version: 1, updatedAt: '2026-05-01T08:00:00+00:00' }), alert('b', { updatedAt: '2026-05-01T08:01:00+00:00' })]).items;
    const since = catchUpSince(latestChange(feed), 0);
    expect(since).toBe('2026-05-01T08:01:00+00:00');
    // when the catch-up (oldest first, from `since` inclusive) returns b again and what was missed
    const page = [
      alert('b', { updatedAt: '2026-05-01T08:01:00+00:00' }),
      alert('a', { version: 2, severity: 'CRITICAL', updatedAt: '2026-05-01T08:02:00+00:00' }),
      alert('c', { updatedAt: '2026-05-01T08:03:00+00:00' }),
    ];
    const merged = mergeAlerts(feed, page);
    feed = merged.items;
    // then every alert shows once, in its newest version
    expect(feed.map((x) => [x.id, x.version])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 1],
    ]);
    expect(merged.newlyCritical.map((x) => x.id)).toEqual(['a']);
  });
});

describe('filter', () => {
  it('compares severities INFO < WARNING < CRITICAL', () => {
    expect(atLeast('CRITICAL', 'WARNING')).toBe(true);
    expect(atLeast('WARNING', 'WARNING')).toBe(true);
    expect(atLeast('INFO', 'WARNING')).toBe(false);
    expect(atLeast('INFO', null)).toBe(true);
  });

  it('filters by minimum severity and families (none: all)', () => {
    const loanWarning = alert('a', { family: 'LOAN', severity: 'WARNING' });
    expect(matchesFilter(loanWarning, { minSeverity: null, families: [] })).toBe(true);
    expect(matchesFilter(loanWarning, { minSeverity: 'CRITICAL', families: [] })).toBe(false);
    expect(matchesFilter(loanWarning, { minSeverity: 'WARNING', families: ['LOAN', 'DEPOSIT'] })).toBe(true);
    expect(matchesFilter(loanWarning, { minSeverity: null, families: ['DEPOSIT'] })).toBe(false);
  });

  it('sends no family list rather than an empty one', () => {
    expect(filterVariables({ minSeverity: null, families: [] })).toEqual({ minSeverity: null, families: null });
    expect(filterVariables({ minSeverity: 'WARNING', families: ['LOAN'] })).toEqual({ minSeverity: 'WARNING', families: ['LOAN'] });
  });
});

describe('matchesFilter with unusual-access alerts', () => {
  it('shows an alert without a product family only when no family is chosen', () => {
    const access = alert('x', { family: null });
    expect(matchesFilter(access, { minSeverity: null, families: [] })).toBe(true);
    expect(matchesFilter(access, { minSeverity: null, families: ['LOAN'] })).toBe(false);
  });
});
