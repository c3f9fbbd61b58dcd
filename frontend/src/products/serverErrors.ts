import type { FormInstance } from 'antd';
import type { UserErrorLike } from '../api/userErrors';
import { fieldPath } from './productForm';

export interface AppliedErrors {
  /** Messages that belong to no field shown in the form. */
  general: string[];
  /** Form paths that received an error, in the server's order. */
  paths: (string | number)[][];
  /** Codes of all errors (CONFLICT asks the user to reload). */
  codes: string[];
}

const key = (path: (string | number)[]) => path.map(String).join('.');

/**
 * Put payload errors on the form fields their `field` path names (`terms.deposit.rateTiers.0.rate`
 * → that rate cell). Fields the form does not show get their messages back as general ones, so
 * nothing the server said is lost.
 */
export function applyFieldErrors(
  form: FormInstance,
  errors: readonly UserErrorLike[],
  message: (error: UserErrorLike) => string,
): AppliedErrors {
  const byPath = new Map<string, { path: (string | number)[]; messages: string[] }>();
  const general: string[] = [];
  for (const error of errors) {
    const path = fieldPath(error.field);
    if (!path) {
      general.push(message(error));
      continue;
    }
    const entry = byPath.get(key(path)) ?? { path, messages: [] };
    entry.messages.push(message(error));
    byPath.set(key(path), entry);
  }
  form.setFields([...byPath.values()].map(({ path, messages }) => ({ name: path, errors: messages })));
  // Only registered fields keep an error; a path the form does not show ("currencyPairs.0" of
  // a tags input) falls back to its nearest shown parent, and else to the general messages.
  const shown = (path: (string | number)[]) => form.getFieldError(path).length > 0;
  const paths: (string | number)[][] = [];
  for (const { path, messages } of byPath.values()) {
    if (shown(path)) {
      paths.push(path);
      continue;
    }
    let placed = false;
    for (let length = path.length - 1; length > 0 && !placed; length -= 1) {
      const parent = path.slice(0, length);
      form.setFields([{ name: parent, errors: [...form.getFieldError(parent), ...messages] }]);
      if (shown(parent)) {
        paths.push(parent);
        placed = true;
      }
    }
    if (!placed) general.push(...messages);
  }
  return { general, paths, codes: errors.map((e) => e.code) };
}
