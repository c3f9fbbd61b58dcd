import type { Rule } from 'antd/es/form';
import type { MessageKey } from '../i18n/messages';

export const USERNAME_PATTERN = /^[a-z0-9_.-]{2,32}$/;
export const PASSWORD_MIN_LENGTH = 12;

type Translate = (key: MessageKey) => string;

/** What is wrong with a proposed username, or null when it is acceptable. */
export function usernameProblem(value: string | undefined): MessageKey | null {
  if (!value) return 'validation.usernameRequired';
  return USERNAME_PATTERN.test(value) ? null : 'validation.usernameFormat';
}

export function passwordProblem(value: string | undefined): MessageKey | null {
  if (!value) return 'validation.passwordRequired';
  return value.length >= PASSWORD_MIN_LENGTH ? null : 'validation.passwordLength';
}

export function rolesProblem(value: readonly string[] | undefined): MessageKey | null {
  return value && value.length > 0 ? null : 'validation.rolesRequired';
}

function fromProblem<T>(check: (value: T | undefined) => MessageKey | null, t: Translate): Rule {
  return {
    required: true,
    validator: (_rule, value: T | undefined) => {
      const problem = check(value);
      return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
    },
  };
}

export const usernameRules = (t: Translate): Rule[] => [fromProblem(usernameProblem, t)];
export const passwordRules = (t: Translate): Rule[] => [fromProblem(passwordProblem, t)];
export const rolesRules = (t: Translate): Rule[] => [fromProblem(rolesProblem, t)];
export const displayNameRules = (t: Translate): Rule[] => [
  { required: true, whitespace: true, message: t('validation.displayNameRequired') },
  { max: 100 },
];
