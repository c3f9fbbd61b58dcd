import { FIELD_SPECS, type ConditionNode, type RuleNode } from './ruleTree';

/** The words a rule summary is made of, in the console's language. */
export interface RuleWords {
  field: (field: string) => string;
  cmp: (cmp: string) => string;
  /** The label of an enum value of a field (risk levels, families...). */
  option: (field: string, value: string) => string;
  and: string;
  or: string;
  not: string;
  /** "last {n} days" / "last {n} months". */
  window: (n: number, unit: 'days' | 'months') => string;
  channel: (value: string) => string;
  type: (value: string) => string;
  listSeparator: string;
}

function valueText(node: ConditionNode, words: RuleWords): string {
  const spec = FIELD_SPECS[node.field];
  const one = (v: string | number | null) => {
    if (v === null || v === '') return '?';
    if (spec.kind === 'enum') return words.option(node.field, String(v));
    if (spec.kind === 'money') return `¥${Number(v).toLocaleString('en-US')}`;
    return String(v);
  };
  if (node.cmp === 'BETWEEN' && Array.isArray(node.value)) return `${one(node.value[0] ?? null)}–${one(node.value[1] ?? null)}`;
  if (Array.isArray(node.value)) return node.value.map(one).join(words.listSeparator);
  return one(node.value);
}

/** A rule in one line of plain words, e.g. "年龄 大于等于 30 且 持有产品大类 属于 存款". */
export function ruleSummary(node: RuleNode, words: RuleWords, nested = false): string {
  if (node.kind === 'condition') {
    const parts = [words.field(node.field), words.cmp(node.cmp), valueText(node, words)];
    const windowed = FIELD_SPECS[node.field].windowed;
    const qualifiers: string[] = [];
    if (windowed && node.windowDays) qualifiers.push(words.window(node.windowDays, windowed));
    if (node.channels?.length) qualifiers.push(node.channels.map(words.channel).join(words.listSeparator));
    if (node.types?.length) qualifiers.push(node.types.map(words.type).join(words.listSeparator));
    return qualifiers.length ? `${parts.join(' ')}（${qualifiers.join('，')}）` : parts.join(' ');
  }
  const inner = node.children.map((child) => ruleSummary(child, words, true));
  if (node.op === 'NOT') {
    const body = inner.length === 1 ? inner[0] : `(${inner.join(` ${words.and} `)})`;
    return `${words.not} ${body}`;
  }
  const joined = inner.join(` ${node.op === 'AND' ? words.and : words.or} `);
  return nested && inner.length > 1 ? `(${joined})` : joined;
}
