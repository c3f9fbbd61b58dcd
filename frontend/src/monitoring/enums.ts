import type {
  AlertEventKind,
  AlertSeverity,
  AlertStatus,
  AutoAction,
  ProductMetric,
  RuleCondition,
  RuleLoosening,
  RuleScope,
} from '../gql/graphql';

// The enum values of the monitoring API, in the order the console offers them. Their labels are
// i18n keys `monitoring.<enum>.<VALUE>`; i18n tests check every value has one in each language.

export const METRICS: readonly ProductMetric[] = [
  'TX_COUNT',
  'TX_AMOUNT',
  'BALANCE',
  'NEW_SALES_COUNT',
  'NEW_SALES_AMOUNT',
  'AVG_RATE',
  'NPL_RATIO',
  'OVERDUE_RATIO',
  'COMPLAINT_COUNT',
  'SATISFACTION',
];

/** Metrics computed for loans only (the server refuses them on other families' rules). */
export const LOAN_ONLY_METRICS: readonly ProductMetric[] = ['NPL_RATIO', 'OVERDUE_RATIO'];

export const SEVERITIES: readonly AlertSeverity[] = ['INFO', 'WARNING', 'CRITICAL'];
export const ALERT_STATUSES: readonly AlertStatus[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
export const CONDITIONS: readonly RuleCondition[] = ['ABOVE', 'BELOW', 'CHANGE_VS_AVERAGE', 'NO_DATA'];
export const LOOSENINGS: readonly RuleLoosening[] = [
  'DISABLED',
  'LEVEL_LOOSENED',
  'CRITICAL_LEVEL_REMOVED',
  'NORMAL_RANGE_WIDENED',
  'AUTO_ACTION_REMOVED',
  'REDEFINED',
];
export const SCOPES: readonly RuleScope[] = ['ALL', 'FAMILY', 'PRODUCT'];
export const AUTO_ACTIONS: readonly AutoAction[] = ['NONE', 'SUSPEND_SALES'];
export const EVENT_KINDS: readonly AlertEventKind[] = [
  'RAISED',
  'ESCALATED',
  'DEESCALATED',
  'ACKNOWLEDGED',
  'ASSIGNED',
  'COMMENTED',
  'RESOLVED',
  'AUTO_RESOLVED',
  'ACTION_TAKEN',
];

export const SEVERITY_COLORS: Readonly<Record<AlertSeverity, string>> = {
  INFO: 'blue',
  WARNING: 'orange',
  CRITICAL: 'red',
};

/** Chart colours of the severities (same hues as the tags). */
export const SEVERITY_CHART_COLORS: Readonly<Record<AlertSeverity, string>> = {
  INFO: '#1677ff',
  WARNING: '#fa8c16',
  CRITICAL: '#f5222d',
};

export const ALERT_STATUS_COLORS: Readonly<Record<AlertStatus, string>> = {
  OPEN: 'error',
  ACKNOWLEDGED: 'processing',
  RESOLVED: 'success',
};

export const EVENT_KIND_COLORS: Readonly<Record<AlertEventKind, string>> = {
  RAISED: 'red',
  ESCALATED: 'red',
  DEESCALATED: 'orange',
  ACKNOWLEDGED: 'blue',
  ASSIGNED: 'blue',
  COMMENTED: 'gray',
  RESOLVED: 'green',
  AUTO_RESOLVED: 'green',
  ACTION_TAKEN: 'purple',
};
