import { describe, expect, it } from 'vitest';
import { escapeInvisible } from './format';

describe('escapeInvisible', () => {
  it('shows a right-to-left override in a file name as an escape', () => {
    expect(escapeInvisible('report\u202Efdp.exe')).toBe('report\\u202Efdp.exe');
    expect(escapeInvisible('a\u2066b\u2069c')).toBe('a\\u2066b\\u2069c');
  });

  it('shows control characters escaped and leaves ordinary names alone', () => {
    expect(escapeInvisible('a\u0000b\u001b')).toBe('a\\u0000b\\u001B');
    expect(escapeInvisible('产品说明书 v2.pdf')).toBe('产品说明书 v2.pdf');
  });
});
