import { describe, expect, it } from 'vitest';
import { dictionaries, LOCALES } from '../i18n/messages';
import { NAV_ITEMS, visibleNavItems } from '../components/navigation';
import { ALERT_STATUSES, AUTO_ACTIONS, CONDITIONS, EVENT_KINDS, LOOSENINGS, METRICS, SCOPES, SEVERITIES } from './enums';

const keys = (permissions: string[]) => visibleNavItems(permissions).map((item) => item.key);

describe('monitoring texts', () => {
  it('name every enum value of the monitoring API and every socket state in every language', () => {
    const wanted = [
      ...METRICS.map((v) => `monitoring.metric.${v}`),
      ...SEVERITIES.map((v) => `monitoring.severity.${v}`),
      ...ALERT_STATUSES.map((v) => `monitoring.alertStatus.${v}`),
      ...CONDITIONS.map((v) => `monitoring.condition.${v}`),
      ...SCOPES.map((v) => `monitoring.scope.${v}`),
      ...AUTO_ACTIONS.map((v) => `monitoring.autoAction.${v}`),
      ...EVENT_KINDS.map((v) => `monitoring.eventKind.${v}`),
      ...LOOSENINGS.map((v) => `monitoring.loosening.${v}`),
      ...['idle', 'connecting', 'connected', 'reconnecting', 'failed'].flatMap((s) => [
        `monitoring.feed.connection.${s}`,
        `monitoring.feed.connectionHint.${s}`,
      ]),
      ...['acknowledge', 'assign', 'comment', 'resolve'].flatMap((a) => [`monitoring.action.${a}`, `monitoring.action.done.${a}`]),
    ];
    for (const locale of LOCALES) {
      const known = new Set(Object.keys(dictionaries[locale]));
      expect(wanted.filter((key) => !known.has(key)), locale).toEqual([]);
    }
  });
});

describe('monitoring menu', () => {
  const RISK = ['product:read', 'monitoring:read', 'monitoring:write', 'alert:manage', 'loan:classify'];

  it('shows the monitoring pages to whoever reads monitoring data, and to nobody else', () => {
    const monitoring = ['monitoringDashboard', 'alertFeed', 'alerts', 'riskRules'];
    expect(keys(RISK)).toEqual(['home', 'products', 'fxRates', 'benchmarkRates', ...monitoring, 'performanceSuggestions', 'performanceReference']);
    expect(keys(['product:read', 'monitoring:read'])).toEqual(['home', 'products', 'fxRates', 'benchmarkRates', ...monitoring, 'performanceSuggestions', 'performanceReference']);
    expect(keys(['product:read', 'user:read'])).not.toContain('alertFeed');
  });

  it('puts every monitoring page in the monitoring submenu, the live feed with its badge', () => {
    const entries = NAV_ITEMS.filter((item) => item.path.startsWith('/monitoring'));
    expect(entries.map((item) => item.parent)).toEqual(entries.map(() => 'monitoring'));
    expect(entries.find((item) => item.key === 'alertFeed')?.badge).toBeTypeOf('function');
  });
});
