// Formatting of the API's Decimal strings. Rates are percentages per annum with 4 decimals
// ("2.1500" = 2.15 %), money is a Decimal with an ISO 4217 currency. Values stay strings until
// shown, so no float rounding ever reaches the server.

const EMPTY = '—';

function isBlank(value: string | number | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** "2.1500" → "2.15%"; trailing zeros dropped, at least two decimals kept. */
export function formatRate(value: string | number | null | undefined, fallback = EMPTY): string {
  if (isBlank(value)) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const fixed = n.toFixed(4).replace(/(\.\d\d\d?)0+$/, '$1').replace(/(\.\d\d)0$/, '$1');
  return `${fixed}%`;
}

/** A rate range "2.00%–3.50%", or one rate when both ends agree. */
export function formatRateRange(min: string | null | undefined, max: string | null | undefined): string {
  if (isBlank(min) && isBlank(max)) return EMPTY;
  if (isBlank(min) || isBlank(max) || Number(min) === Number(max)) return formatRate(isBlank(min) ? max : min);
  return `${formatRate(min)}–${formatRate(max)}`;
}

/** Basis points, signed: 35 → "+35 bp", -20 → "-20 bp". */
export function formatBps(value: number | null | undefined, fallback = EMPTY): string {
  if (value === null || value === undefined) return fallback;
  return `${value > 0 ? '+' : ''}${value} bp`;
}

/** Group the integer part of a decimal string by thousands, keeping its decimals as sent. */
export function groupThousands(value: string): string {
  const negative = value.startsWith('-');
  const [int, frac] = (negative ? value.slice(1) : value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** "200000.00", "CNY" → "CNY 200,000.00"; decimals beyond two are dropped only when zero. */
export function formatMoney(
  value: string | number | null | undefined,
  currency?: string | null,
  fallback = EMPTY,
): string {
  if (isBlank(value)) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const raw = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const [int, frac = ''] = raw.split('.');
  const decimals = frac.replace(/0+$/, '').padEnd(2, '0');
  const text = `${int}.${decimals}`;
  const amount = groupThousands(text);
  return currency ? `${currency} ${amount}` : amount;
}

/** A plain decimal without trailing zeros: "1.5000" → "1.5", "100.00" → "100". */
export function formatDecimal(value: string | number | null | undefined, fallback = EMPTY): string {
  if (isBlank(value)) return fallback;
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** File size in B / KB / MB. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The numeric primary key inside a global ID (base64 of "Type:pk"), as the audit log records it. */
export function databaseId(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const colon = decoded.indexOf(':');
    if (colon > 0) return decoded.slice(colon + 1);
  } catch {
    // not base64: the id is already the key
  }
  return globalId;
}

/** Money without decimals when whole: "50000.00", "CNY" → "¥50,000"; other currencies keep their code. */
export function shortMoney(value: string | number | null | undefined, currency?: string | null): string {
  if (isBlank(value)) return EMPTY;
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const text = Number.isInteger(n) ? String(n) : n.toFixed(2);
  const amount = groupThousands(text);
  if (!currency || currency === 'CNY') return `¥${amount}`;
  return `${currency} ${amount}`;
}
