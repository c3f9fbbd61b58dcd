import dayjs from 'dayjs';

/** Local date and time of an ISO-8601 instant; empty input gives the fallback. */
export function formatDateTime(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm:ss') : value;
}

/** Control characters and bidirectional-override characters (U+202A–U+202E, U+2066–U+2069). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Show text with its control and bidi-override characters escaped (`\u202E`), so a file
 * name such as `report\u202Efdp.exe` cannot pass for `reportexe.pdf`. The API refuses such
 * characters now; documents stored before keep them.
 */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
