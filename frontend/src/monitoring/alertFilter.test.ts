import { describe, expect, it } from 'vitest';
import { alertFilterParams, allowedActions, parseAlertFilter, toAlertFilter } from './alertFilter';

describe('alert list filter in the address', () => {
  it('reads what the dashboard links to and ignores unknown values', () => {
    const filter = parseAlertFilter(new URLSearchParams('status=OPEN,ACKNOWLEDGED,BOGUS&min=WARNING&family=LOAN,XX&mine=1&product=UHJvZHVjdDox&code=LN-1'));
    expect(filter).toEqual({
      statuses: ['OPEN', 'ACKNOWLEDGED'],
      minSeverity: 'WARNING',
      families: ['LOAN'],
      assignedToMe: true,
      productId: 'UHJvZHVjdDox',
      productCode: 'LN-1',
    });
    expect(parseAlertFilter(new URLSearchParams('min=HIGH')).minSeverity).toBeNull();
  });

  it('writes back the same filter, leaving out what is unset', () => {
    const params = 'status=OPEN&min=CRITICAL&family=DEPOSIT%2CLOAN&mine=1&product=abc&code=DEP-1';
    expect(alertFilterParams(parseAlertFilter(new URLSearchParams(params))).toString()).toBe(params);
    expect(alertFilterParams(parseAlertFilter(new URLSearchParams(''))).toString()).toBe('');
  });

  it('turns into the API filter (empty lists: any)', () => {
    expect(toAlertFilter(parseAlertFilter(new URLSearchParams('')))).toEqual({
      statuses: null,
      minSeverity: null,
      families: null,
      productIds: null,
      assignedToMe: false,
    });
    expect(toAlertFilter(parseAlertFilter(new URLSearchParams('product=abc&status=RESOLVED')))).toMatchObject({
      productIds: ['abc'],
      statuses: ['RESOLVED'],
    });
  });
});

describe('allowedActions', () => {
  it('acknowledges open alerts only, and works on unresolved ones; comments always', () => {
    expect(allowedActions('OPEN')).toEqual({ acknowledge: true, assign: true, comment: true, resolve: true });
    expect(allowedActions('ACKNOWLEDGED')).toEqual({ acknowledge: false, assign: true, comment: true, resolve: true });
    expect(allowedActions('RESOLVED')).toEqual({ acknowledge: false, assign: false, comment: true, resolve: false });
  });
});
