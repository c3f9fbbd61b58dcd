import { describe, expect, it } from 'vitest';
import { passwordProblem, rolesProblem, usernameProblem } from './validation';

describe('usernameProblem', () => {
  it.each(['abc', 'zhang.san', 'user_01', 'a-b', 'x'.repeat(32)])('accepts %s', (name) => {
    expect(usernameProblem(name)).toBeNull();
  });

  it.each(['a', 'x'.repeat(33), 'Admin', 'zhang san', '张三', 'a@b'])('rejects %s', (name) => {
    expect(usernameProblem(name)).toBe('validation.usernameFormat');
  });

  it('asks for a value when empty', () => {
    expect(usernameProblem('')).toBe('validation.usernameRequired');
    expect(usernameProblem(undefined)).toBe('validation.usernameRequired');
  });
});

describe('passwordProblem', () => {
  it('needs at least 12 characters', () => {
    expect(passwordProblem('x7#Kp2!qRw9')).toBe('validation.passwordLength');
    expect(passwordProblem('x7#Kp2!qRw9z')).toBeNull();
    expect(passwordProblem('')).toBe('validation.passwordRequired');
  });
});

describe('rolesProblem', () => {
  it('needs at least one role', () => {
    expect(rolesProblem([])).toBe('validation.rolesRequired');
    expect(rolesProblem(undefined)).toBe('validation.rolesRequired');
    expect(rolesProblem(['AUDITOR'])).toBeNull();
  });
});
