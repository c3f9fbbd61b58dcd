import type {
  AutoAction,
  ProductFamily,
  ProductMetric,
  RiskRuleCreateInput,
  RiskRuleRowFragment,
  RiskRuleUpdateInput,
  RuleCondition,
  RuleScope,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';
import { LOAN_ONLY_METRICS } from './enums';

// The risk rule form: its values, a client-side copy of the server's rule checks (so mistakes
// show before the round trip; the server stays the judge and its payload errors land on the same
// fields), and the conversion to the API's inputs.

export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
export const NAME_ZH_MAX = 100;
export const NAME_EN_MAX = 200;
export const MAX_WINDOW_DAYS = 366;
export const MAX_BASELINE_DAYS = 730;
const DECIMAL_LIMIT = 1e15;

export interface RuleFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  description?: string;
  metric?: ProductMetric;
  condition?: RuleCondition;
  scope: RuleScope;
  family?: ProductFamily | null;
  productId?: string | null;
  normalLow?: string | null;
  normalHigh?: string | null;
  warningLevel?: string | null;
  criticalLevel?: string | null;
  windowDays?: number | null;
  baselineDays?: number | null;
  enabled: boolean;
  autoAction: AutoAction;
}

export type RuleField = keyof RuleFormValues;

/** Every form field, in the order they appear; payload errors naming one land on it. */
export const RULE_FIELDS: readonly RuleField[] = [
  'code',
  'nameZh',
  'nameEn',
  'description',
  'metric',
  'condition',
  'scope',
  'family',
  'productId',
  'normalLow',
  'normalHigh',
  'warningLevel',
  'criticalLevel',
  'windowDays',
  'baselineDays',
  'enabled',
  'autoAction',
];

export interface RuleIssue {
  field: RuleField;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const NEW_RULE: RuleFormValues = {
  code: '',
  nameZh: '',
  nameEn: '',
  description: '',
  scope: 'ALL',
  condition: 'ABOVE',
  windowDays: 1,
  baselineDays: 30,
  enabled: true,
  autoAction: 'NONE',
};

/** The code as the server stores it: trimmed, in capitals. */
export function normalizeCode(code: string | null | undefined): string {
  return (code ?? '').trim().toUpperCase();
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A level as a number: undefined when blank, NaN when it is not a usable number. */
export function levelNumber(value: string | number | null | undefined): number | undefined {
  if (blank(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) < DECIMAL_LIMIT ? n : Number.NaN;
}

/**
 * Whether higher values are worse: ABOVE, or a CHANGE_VS_AVERAGE rule whose warning level is not
 * negative (a negative one watches falls, like BELOW).
 */
export function watchesRise(condition: RuleCondition | undefined, warning: number | undefined): boolean {
  if (condition === 'CHANGE_VS_AVERAGE') return (warning ?? 0) >= 0;
  return condition !== 'BELOW';
}

export interface RuleContext {
  /** The family of the product a PRODUCT rule is scoped to, when known. */
  productFamily?: ProductFamily;
  /** The rule as it was, when editing: the API keeps a level that is sent blank. */
  original?: RiskRuleRowFragment;
}

/** Every problem the server would find in these values (except a taken code). */
export function validateRule(values: RuleFormValues, context: RuleContext = {}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (field: RuleField, key: MessageKey, params?: RuleIssue['params']) =>
    issues.push({ field, key, ...(params ? { params } : {}) });

  if (!CODE_PATTERN.test(normalizeCode(values.code))) add('code', 'monitoring.rule.v.codePattern');
  for (const [field, max] of [
    ['nameZh', NAME_ZH_MAX],
    ['nameEn', NAME_EN_MAX],
  ] as const) {
    const text = (values[field] ?? '').trim();
    if (!text) add(field, 'monitoring.rule.v.required');
    else if (text.length > max) add(field, 'monitoring.rule.v.tooLong', { max });
  }
  if (!values.metric) add('metric', 'monitoring.rule.v.required');
  if (!values.condition) add('condition', 'monitoring.rule.v.required');

  let family: ProductFamily | undefined;
  if (values.scope === 'FAMILY') {
    if (!values.family) add('family', 'monitoring.rule.v.familyRequired');
    family = values.family ?? undefined;
  }
  if (values.scope === 'PRODUCT') {
    if (!values.productId) add('productId', 'monitoring.rule.v.productRequired');
    family = context.productFamily;
  }
  if (values.metric && LOAN_ONLY_METRICS.includes(values.metric) && values.scope !== 'ALL' && family && family !== 'LOAN') {
    add('metric', 'monitoring.rule.v.loanOnly');
  }

  const levels = {} as Record<'normalLow' | 'normalHigh' | 'warningLevel' | 'criticalLevel', number | undefined>;
  for (const field of ['normalLow', 'normalHigh', 'warningLevel', 'criticalLevel'] as const) {
    const n = levelNumber(values[field]);
    if (Number.isNaN(n)) {
      add(field, 'monitoring.rule.v.notNumber');
      levels[field] = undefined;
    } else {
      levels[field] = n;
    }
    if (n === undefined && field !== 'warningLevel' && context.original && context.original[field] !== null) {
      add(field, 'monitoring.rule.v.cannotClear');
    }
  }
  const warning = levels.warningLevel;
  if (blank(values.warningLevel)) add('warningLevel', 'monitoring.rule.v.required');
  if (warning !== undefined && values.condition) {
    const rising = watchesRise(values.condition, warning);
    const critical = levels.criticalLevel;
    if (critical !== undefined && (rising ? critical < warning : critical > warning)) {
      add('criticalLevel', rising ? 'monitoring.rule.v.criticalAbove' : 'monitoring.rule.v.criticalBelow');
    }
    const edge = rising ? levels.normalHigh : levels.normalLow;
    if (edge !== undefined && (rising ? edge > warning : edge < warning)) {
      add(rising ? 'normalHigh' : 'normalLow', 'monitoring.rule.v.normalBeforeWarning');
    }
  }
  if (levels.normalLow !== undefined && levels.normalHigh !== undefined && levels.normalLow > levels.normalHigh) {
    add('normalLow', 'monitoring.rule.v.rangeOrder');
  }

  for (const [field, high] of [
    ['windowDays', MAX_WINDOW_DAYS],
    ['baselineDays', MAX_BASELINE_DAYS],
  ] as const) {
    const days = values[field];
    if (days === null || days === undefined || !Number.isInteger(days) || days < 1 || days > high) {
      add(field, 'monitoring.rule.v.days', { low: 1, high });
    }
  }
  if (values.autoAction !== 'NONE' && levels.criticalLevel === undefined) {
    add('autoAction', 'monitoring.rule.v.autoActionNeedsCritical');
  }
  return issues;
}

/** The order of the levels for a condition, as an i18n key (shown under the level fields). */
export function levelsHintKey(condition: RuleCondition | undefined, warning: string | null | undefined): MessageKey {
  if (condition === 'BELOW') return 'monitoring.rule.hint.below';
  if (condition === 'NO_DATA') return 'monitoring.rule.hint.noData';
  if (condition === 'CHANGE_VS_AVERAGE') {
    const n = levelNumber(warning);
    return n !== undefined && !Number.isNaN(n) && n < 0 ? 'monitoring.rule.hint.changeFall' : 'monitoring.rule.hint.changeRise';
  }
  return 'monitoring.rule.hint.above';
}

function decimal(value: string | null | undefined): string | null {
  return blank(value) ? null : String(value).trim();
}

/** The form's values as a new rule. */
export function toCreateInput(values: RuleFormValues): RiskRuleCreateInput {
  return {
    code: normalizeCode(values.code),
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    description: (values.description ?? '').trim(),
    metric: values.metric as ProductMetric,
    condition: values.condition as RuleCondition,
    scope: values.scope,
    family: values.scope === 'FAMILY' ? (values.family ?? null) : null,
    productId: values.scope === 'PRODUCT' ? (values.productId ?? null) : null,
    normalLow: decimal(values.normalLow),
    normalHigh: decimal(values.normalHigh),
    warningLevel: decimal(values.warningLevel) ?? '',
    criticalLevel: decimal(values.criticalLevel),
    windowDays: values.windowDays ?? 1,
    baselineDays: values.baselineDays ?? 30,
    enabled: values.enabled,
    autoAction: values.autoAction,
  };
}

/**
 * The form's values as a change to `rule`: every field sent, with the version the form was read
 * at as `expectedVersion` (a stale one gives CONFLICT).
 */
export function toUpdateVariables(
  values: RuleFormValues,
  rule: Pick<RiskRuleRowFragment, 'id' | 'version'>,
): { id: string; expectedVersion: number; input: RiskRuleUpdateInput } {
  return { id: rule.id, expectedVersion: rule.version, input: toCreateInput(values) };
}

/** A stored rule as form values. */
export function fromRule(rule: RiskRuleRowFragment): RuleFormValues {
  return {
    code: rule.code,
    nameZh: rule.nameZh,
    nameEn: rule.nameEn,
    description: rule.description,
    metric: rule.metric,
    condition: rule.condition,
    scope: rule.scope,
    family: rule.family,
    productId: rule.product?.id ?? null,
    normalLow: rule.normalLow,
    normalHigh: rule.normalHigh,
    warningLevel: rule.warningLevel,
    criticalLevel: rule.criticalLevel,
    windowDays: rule.windowDays,
    baselineDays: rule.baselineDays,
    enabled: rule.enabled,
    autoAction: rule.autoAction,
  };
}
