import type { FormInstance } from 'antd';
import { fieldName, type UserErrorLike } from '../../api/userErrors';

export interface SplitErrors {
  /** Messages per form field, in the server's order. */
  fields: { name: string; errors: string[] }[];
  /** Messages that name no field of the form. */
  general: string[];
}

/**
 * Sort payload errors onto the form fields their camelCase `field` names (`amount`, or
 * `input.amount`); the rest stay general, so nothing the server said is dropped.
 */
export function splitUserErrors(
  errors: readonly UserErrorLike[],
  known: readonly string[],
  message: (error: UserErrorLike) => string = (error) => error.message,
): SplitErrors {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const name = fieldName(error.field);
    if (name && known.includes(name)) byField.set(name, [...(byField.get(name) ?? []), message(error)]);
    else general.push(message(error));
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), general };
}

/** Show the errors on the form's fields and return the general messages. */
export function applyServerErrors(
  form: FormInstance,
  errors: readonly UserErrorLike[],
  known: readonly string[],
  message?: (error: UserErrorLike) => string,
): string[] {
  const split = splitUserErrors(errors, known, message);
  form.setFields(split.fields);
  return split.general;
}
