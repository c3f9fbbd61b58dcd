import type { FormInstance } from 'antd';

export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
}

/** The form field an error names: the server may say `input.username` or `username`. */
export function fieldName(field: string | null | undefined): string | undefined {
  if (!field) return undefined;
  const parts = field.split('.');
  return parts[parts.length - 1] || undefined;
}

/**
 * Show payload errors next to the form fields they name and return the rest as messages,
 * so nothing the server said is dropped.
 */
export function applyUserErrors(
  form: FormInstance,
  errors: readonly UserErrorLike[],
  known: readonly string[],
): string[] {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const name = fieldName(error.field);
    if (name && known.includes(name)) {
      byField.set(name, [...(byField.get(name) ?? []), error.message]);
    } else {
      general.push(error.message);
    }
  }
  form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
  return general;
}

const CJK = /[\u3400-\u9fff]/;
/** Codes whose server message carries details (which field, which limit) worth keeping. */
const DETAILED_CODES = new Set([
  'INVALID',
  'REQUIRED',
  'SEGMENT_RULE_INVALID',
  'RULE_LEVELS_OUT_OF_ORDER',
  'IMPORT_FILE_UNREADABLE',
]);

/**
 * The text to show for a payload error in the console's language. The server words messages
 * in English unless it knows the caller's language; in Chinese the code's translation is used
 * then, keeping the server's detail for codes that carry one.
 */
export function userErrorMessage(
  error: UserErrorLike,
  locale: string,
  tr: (key: string, fallback?: string) => string,
): string {
  const translated = tr(`error.${error.code}`, '');
  if (!error.message) return translated || error.code;
  if (locale !== 'zh-CN' || CJK.test(error.message) || !translated) return error.message;
  return DETAILED_CODES.has(error.code) ? `${translated}：${error.message}` : translated;
}
