// Exact arithmetic on the API's Decimal strings. Money is summed as BigInt cents (never as
// floats), so a family total equals the sum the server would compute to the cent.

const DECIMAL = /^\s*([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/;

/**
 * A decimal string as an integer scaled by 10^scale ("12.345", 2 → 1235n), rounded half away
 * from zero; null when the text is not a number.
 */
export function toScaled(value: string | null | undefined, scale = 2): bigint | null {
  if (value === null || value === undefined) return null;
  const match = DECIMAL.exec(value);
  if (!match || (!match[2] && !match[3])) return null;
  const negative = match[1] === '-';
  let digits = `${match[2] ?? ''}${match[3] ?? ''}`;
  // Position of the decimal point within `digits`, moved by an exponent ("1.5E+3").
  let point = (match[2] ?? '').length + Number(match[4] ?? 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const whole = digits.slice(0, point) || '0';
  const fraction = digits.slice(point);
  let scaled = BigInt(whole + fraction.slice(0, scale).padEnd(scale, '0'));
  if (fraction.length > scale && fraction.charCodeAt(scale) >= '5'.charCodeAt(0)) scaled += 1n;
  return negative ? -scaled : scaled;
}

/** The decimal string of a scaled integer (1235n, 2 → "12.35"). */
export function fromScaled(value: bigint, scale = 2): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** The exact sum of decimal strings to `scale` places; blanks and non-numbers are skipped. */
export function sumDecimals(values: Iterable<string | null | undefined>, scale = 2): string {
  let total = 0n;
  for (const value of values) total += toScaled(value, scale) ?? 0n;
  return fromScaled(total, scale);
}

/**
 * Order two decimal strings (negative, zero, positive like Array.sort wants); a missing value
 * sorts before any number, so it ends up last in a descending sort.
 */
export function compareDecimals(a: string | null | undefined, b: string | null | undefined, scale = 4): number {
  const x = toScaled(a, scale);
  const y = toScaled(b, scale);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
