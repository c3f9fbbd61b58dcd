// The segment builder's state: a tree of AND / OR / NOT groups over conditions, kept with ids
// so React can edit it, and turned into the API's rule JSON
// ({"op": "AND", "args": [...]} with leaves {"field", "cmp", "value", "window_days"?, ...}).
// Every operation returns a new tree; nothing is changed in place.

export type GroupOp = 'AND' | 'OR' | 'NOT';
export type Cmp = 'EQ' | 'NE' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'BETWEEN' | 'IN';

export const RULE_FIELDS = [
  'age',
  'annual_income',
  'occupation',
  'province',
  'city',
  'customer_type',
  'gender',
  'risk_tolerance',
  'aum',
  'holds_family',
  'holds_subtype',
  'holds_product',
  'tx_count',
  'tx_amount',
  'tx_months',
  'cross_border_count',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** How a field's value is entered: a whole number, an amount, a choice, or free text. */
export type FieldKind = 'int' | 'money' | 'enum' | 'text';

const NUMERIC_CMPS: readonly Cmp[] = ['GTE', 'GT', 'LTE', 'LT', 'EQ', 'NE', 'BETWEEN'];
const TEXT_CMPS: readonly Cmp[] = ['IN', 'EQ', 'NE'];
const ORDERED_CMPS: readonly Cmp[] = ['IN', 'EQ', 'NE', 'GTE', 'GT', 'LTE', 'LT', 'BETWEEN'];
const HOLD_CMPS: readonly Cmp[] = ['IN', 'EQ'];

export interface FieldSpec {
  kind: FieldKind;
  /** The comparisons the server accepts for the field, the default first. */
  cmps: readonly Cmp[];
  /** Choices of an enum field (labels come from i18n). */
  options?: readonly string[];
  /**
   * Behaviour fields count over a time window (`window_days`, or `months` for "months with
   * transactions"), optionally restricted to channels and transaction types.
   */
  windowed?: 'days' | 'months';
}

const SUBTYPES = [
  'DEMAND', 'TIME', 'LARGE_CD', 'MORTGAGE', 'AUTO', 'CONSUMER', 'WORKING_CAPITAL', 'FIXED_ASSET', 'STANDARD', 'CO_BRANDED',
  'PREMIUM', 'MONEY_MARKET', 'BOND', 'MIXED', 'EQUITY', 'SPOT', 'OPTION', 'STRUCTURED_DEPOSIT', 'PHYSICAL_GOLD', 'PAPER_GOLD',
  'GOLD_FUTURES', 'GOLD_OPTION',
] as const;

// Mirrors the server's rule language (backend/domains/customers/segments.py, FIELDS).
export const FIELD_SPECS: Readonly<Record<RuleField, FieldSpec>> = {
  age: { kind: 'int', cmps: NUMERIC_CMPS },
  annual_income: { kind: 'money', cmps: NUMERIC_CMPS },
  occupation: { kind: 'text', cmps: TEXT_CMPS },
  province: { kind: 'text', cmps: TEXT_CMPS },
  city: { kind: 'text', cmps: TEXT_CMPS },
  customer_type: { kind: 'enum', cmps: TEXT_CMPS, options: ['INDIVIDUAL', 'CORPORATE'] },
  gender: { kind: 'enum', cmps: TEXT_CMPS, options: ['MALE', 'FEMALE', 'UNKNOWN'] },
  risk_tolerance: { kind: 'enum', cmps: ORDERED_CMPS, options: ['C1', 'C2', 'C3', 'C4', 'C5'] },
  aum: { kind: 'money', cmps: NUMERIC_CMPS },
  holds_family: { kind: 'enum', cmps: HOLD_CMPS, options: ['DEPOSIT', 'LOAN', 'CREDIT_CARD', 'WEALTH', 'FX', 'PRECIOUS_METAL'] },
  holds_subtype: { kind: 'enum', cmps: HOLD_CMPS, options: SUBTYPES },
  holds_product: { kind: 'text', cmps: HOLD_CMPS },
  tx_count: { kind: 'int', cmps: NUMERIC_CMPS, windowed: 'days' },
  tx_amount: { kind: 'money', cmps: NUMERIC_CMPS, windowed: 'days' },
  tx_months: { kind: 'int', cmps: NUMERIC_CMPS, windowed: 'months' },
  cross_border_count: { kind: 'int', cmps: NUMERIC_CMPS, windowed: 'days' },
};

/** The comparisons that make sense for a field, the default first. */
export function cmpsFor(field: RuleField): readonly Cmp[] {
  return FIELD_SPECS[field].cmps;
}

export const DEFAULT_WINDOW_DAYS = 90;
export const DEFAULT_MONTHS = 3;
/** The longest window the server accepts, in days or months. */
export const MAX_WINDOW: Readonly<Record<'days' | 'months', number>> = { days: 730, months: 24 };

/** A leaf value as edited: one value, a [low, high] pair for BETWEEN, a list for IN. */
export type RuleValue = string | number | null | (string | number | null)[];

export interface ConditionNode {
  kind: 'condition';
  id: string;
  field: RuleField;
  cmp: Cmp;
  value: RuleValue;
  /** Window length, in days (`window_days`) or months (`months`) as the field counts. */
  windowDays?: number | null;
  channels?: string[];
  types?: string[];
  /** Keys of a stored leaf the builder does not edit (`as`, `min_balance`...), kept as they were. */
  extra?: Record<string, unknown>;
}

export interface GroupNode {
  kind: 'group';
  id: string;
  op: GroupOp;
  children: RuleNode[];
}

export type RuleNode = ConditionNode | GroupNode;

/** The API's rule JSON. */
export type RuleJson =
  | { op: GroupOp; args: RuleJson[] }
  | {
      field: string;
      cmp: Cmp;
      value: unknown;
      window_days?: number;
      months?: number;
      channel?: string[];
      type?: string[];
      [key: string]: unknown;
    };

let counter = 0;
/** A fresh node id, unique within the page. */
export function nextId(): string {
  counter += 1;
  return `n${counter}`;
}

/** The empty value a comparison starts with. */
export function emptyValue(cmp: Cmp): RuleValue {
  if (cmp === 'BETWEEN') return [null, null];
  if (cmp === 'IN') return [];
  return null;
}

export function createCondition(field: RuleField = 'age'): ConditionNode {
  const cmp = cmpsFor(field)[0];
  const node: ConditionNode = { kind: 'condition', id: nextId(), field, cmp, value: emptyValue(cmp) };
  const windowed = FIELD_SPECS[field].windowed;
  if (windowed) node.windowDays = windowed === 'months' ? DEFAULT_MONTHS : DEFAULT_WINDOW_DAYS;
  return node;
}

export function createGroup(op: GroupOp = 'AND', children: RuleNode[] = []): GroupNode {
  return { kind: 'group', id: nextId(), op, children };
}

/** A builder's starting point: one AND group holding one age condition. */
export function initialTree(): GroupNode {
  return createGroup('AND', [createCondition('age')]);
}

function mapTree(node: RuleNode, visit: (node: RuleNode) => RuleNode | null): RuleNode | null {
  const visited = visit(node);
  if (!visited) return null;
  if (visited.kind === 'condition') return visited;
  const children = visited.children.map((child) => mapTree(child, visit)).filter((c): c is RuleNode => c !== null);
  return { ...visited, children };
}

/** Add a condition or a group at the end of group `groupId`. */
export function addChild(tree: GroupNode, groupId: string, child: RuleNode): GroupNode {
  return mapTree(tree, (node) =>
    node.kind === 'group' && node.id === groupId ? { ...node, children: [...node.children, child] } : node,
  ) as GroupNode;
}

/** Remove a node anywhere below the root (the root itself stays). */
export function removeNode(tree: GroupNode, id: string): GroupNode {
  if (tree.id === id) return tree;
  return mapTree(tree, (node) => (node.id === id ? null : node)) as GroupNode;
}

/** Change a group's operator. */
export function setGroupOp(tree: GroupNode, groupId: string, op: GroupOp): GroupNode {
  return mapTree(tree, (node) => (node.kind === 'group' && node.id === groupId ? { ...node, op } : node)) as GroupNode;
}

/**
 * Change a condition. A new field resets the comparison and value to the field's defaults
 * (an age value means nothing as a province); a new comparison reshapes the value.
 */
export function updateCondition(
  tree: GroupNode,
  id: string,
  patch: Partial<Omit<ConditionNode, 'kind' | 'id'>>,
): GroupNode {
  return mapTree(tree, (node) => {
    if (node.kind !== 'condition' || node.id !== id) return node;
    if (patch.field && patch.field !== node.field) {
      const fresh = createCondition(patch.field);
      return { ...fresh, id: node.id };
    }
    const next: ConditionNode = { ...node, ...patch };
    if (patch.cmp && patch.cmp !== node.cmp && patch.value === undefined) next.value = reshapeValue(node.value, patch.cmp);
    return next;
  }) as GroupNode;
}

/** Keep what can be kept of a value when its comparison changes. */
function reshapeValue(value: RuleValue, cmp: Cmp): RuleValue {
  const first = Array.isArray(value) ? (value.find((v) => v !== null && v !== '') ?? null) : value;
  if (cmp === 'BETWEEN') return [first, null];
  if (cmp === 'IN') return first === null ? [] : [first];
  return first;
}

/** Put a node inside a new group of its own (the root cannot be wrapped). */
export function wrapInGroup(tree: GroupNode, id: string, op: GroupOp = 'AND'): GroupNode {
  if (tree.id === id) return createGroup(op, [tree]);
  const replace = (node: RuleNode): RuleNode =>
    node.id === id ? createGroup(op, [node]) : node.kind === 'group' ? { ...node, children: node.children.map(replace) } : node;
  return replace(tree) as GroupNode;
}

export function findNode(tree: RuleNode, id: string): RuleNode | undefined {
  if (tree.id === id) return tree;
  if (tree.kind === 'group') {
    for (const child of tree.children) {
      const found = findNode(child, id);
      if (found) return found;
    }
  }
  return undefined;
}

/** Depth of the deepest group (the root alone is 1). */
export function depth(node: RuleNode): number {
  if (node.kind === 'condition') return 0;
  return 1 + Math.max(0, ...node.children.map(depth));
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Why the tree cannot be sent yet (problem codes with the node concerned); empty when it can. */
export type RuleProblem = { id: string; code: 'emptyGroup' | 'missingValue' | 'badRange' | 'badWindow' };

export function validateTree(tree: RuleNode): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const visit = (node: RuleNode) => {
    if (node.kind === 'group') {
      if (node.children.length === 0) problems.push({ id: node.id, code: 'emptyGroup' });
      node.children.forEach(visit);
      return;
    }
    const { value, cmp } = node;
    if (cmp === 'BETWEEN') {
      const [low, high] = Array.isArray(value) ? value : [null, null];
      if (isBlank(low) || isBlank(high)) problems.push({ id: node.id, code: 'missingValue' });
      else if (Number(low) > Number(high)) problems.push({ id: node.id, code: 'badRange' });
    } else if (cmp === 'IN') {
      if (!Array.isArray(value) || value.filter((v) => !isBlank(v)).length === 0) problems.push({ id: node.id, code: 'missingValue' });
    } else if (Array.isArray(value) || isBlank(value)) {
      problems.push({ id: node.id, code: 'missingValue' });
    }
    const windowed = FIELD_SPECS[node.field].windowed;
    if (windowed && !(Number.isInteger(node.windowDays) && (node.windowDays ?? 0) > 0 && (node.windowDays ?? 0) <= MAX_WINDOW[windowed])) {
      problems.push({ id: node.id, code: 'badWindow' });
    }
  };
  visit(tree);
  return problems;
}

function leafValue(node: ConditionNode): unknown {
  const numeric = FIELD_SPECS[node.field].kind === 'int' || FIELD_SPECS[node.field].kind === 'money';
  const convert = (v: string | number | null) => {
    if (v === null) return null;
    if (numeric) return Number(v);
    return typeof v === 'string' ? v.trim() : v;
  };
  if (Array.isArray(node.value)) return node.value.filter((v) => !isBlank(v)).map(convert);
  return convert(node.value);
}

/**
 * The API's rule JSON. A NOT group with several children negates all of them together
 * (NOT (a AND b)); with one child it negates that child.
 */
export function toRuleJson(node: RuleNode): RuleJson {
  if (node.kind === 'condition') {
    const leaf: RuleJson = { ...node.extra, field: node.field, cmp: node.cmp, value: leafValue(node) };
    const windowed = FIELD_SPECS[node.field].windowed;
    if (windowed) {
      if (node.windowDays) leaf[windowed === 'months' ? 'months' : 'window_days'] = node.windowDays;
      if (node.channels?.length) leaf.channel = node.channels;
      if (node.types?.length) leaf.type = node.types;
    }
    return leaf;
  }
  const args = node.children.map(toRuleJson);
  if (node.op === 'NOT') return { op: 'NOT', args: args.length === 1 ? args : [{ op: 'AND', args }] };
  return { op: node.op, args };
}

function isGroupJson(value: unknown): value is { op: GroupOp; args: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['AND', 'OR', 'NOT'].includes((value as { op?: string }).op ?? '') &&
    Array.isArray((value as { args?: unknown }).args)
  );
}

/** Read a stored rule back into an editable tree; the root is always a group. Null when unreadable. */
export function fromRuleJson(json: unknown): GroupNode | null {
  const parse = (input: unknown): RuleNode | null => {
    if (isGroupJson(input)) {
      const children = input.args.map(parse);
      if (children.some((c) => c === null)) return null;
      return createGroup(input.op, children as RuleNode[]);
    }
    if (typeof input !== 'object' || input === null) return null;
    const leaf = input as Record<string, unknown>;
    if (!(RULE_FIELDS as readonly string[]).includes(String(leaf.field))) return null;
    const field = leaf.field as RuleField;
    const cmp = String(leaf.cmp) as Cmp;
    if (!['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE', 'BETWEEN', 'IN'].includes(cmp)) return null;
    const raw = leaf.value;
    const value: RuleValue = Array.isArray(raw)
      ? raw.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : null))
      : typeof raw === 'number' || typeof raw === 'string'
        ? raw
        : null;
    const node: ConditionNode = { kind: 'condition', id: nextId(), field, cmp, value };
    const windowKey = FIELD_SPECS[field].windowed === 'months' ? 'months' : 'window_days';
    if (typeof leaf[windowKey] === 'number') node.windowDays = leaf[windowKey] as number;
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : undefined);
    if (list(leaf.channel)) node.channels = list(leaf.channel);
    if (list(leaf.type)) node.types = list(leaf.type);
    const known = new Set(['field', 'cmp', 'value', 'window_days', 'months', 'channel', 'type']);
    const extra = Object.fromEntries(Object.entries(leaf).filter(([key]) => !known.has(key)));
    if (Object.keys(extra).length) node.extra = extra;
    return node;
  };
  const root = parse(json);
  if (!root) return null;
  return root.kind === 'group' ? root : createGroup('AND', [root]);
}

/**
 * The node a server error path points at, e.g. `rule.args.1.value` → the root's second child;
 * a NOT group of several children is sent as NOT(AND(...)), so its extra level is stepped over.
 * Falls back to the deepest node reached.
 */
export function nodeForErrorPath(tree: GroupNode, path: string | null | undefined): RuleNode | undefined {
  if (!path) return undefined;
  const parts = path.split('.');
  let i = parts[0] === 'rule' || parts[0] === 'condition' || parts[0] === 'input' ? 1 : 0;
  if (parts[i] === 'rule' || parts[i] === 'condition') i += 1;
  let node: RuleNode = tree;
  while (node.kind === 'group' && parts[i] === 'args' && /^\d+$/.test(parts[i + 1] ?? '')) {
    let index = Number(parts[i + 1]);
    i += 2;
    if (node.op === 'NOT' && node.children.length > 1) {
      // args.0 is the AND wrapper; the child index follows it
      if (parts[i] !== 'args' || !/^\d+$/.test(parts[i + 1] ?? '')) break;
      index = Number(parts[i + 1]);
      i += 2;
    }
    const child: RuleNode | undefined = node.children[index];
    if (!child) break;
    node = child;
  }
  return node;
}
