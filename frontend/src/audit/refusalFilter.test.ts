import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { toRefusalFilter } from './pages/AuditLogPage';

describe('toRefusalFilter', () => {
  it('sends the actor name trimmed and the start time as an instant, blanks as "any"', () => {
    const since = dayjs('2026-12-03T10:00:00+08:00');
    expect(toRefusalFilter({ actorName: '  heavy ', since })).toEqual({
      actorName: 'heavy',
      since: '2026-12-03T02:00:00.000Z',
    });
    expect(toRefusalFilter({ actorName: '   ', since: null })).toEqual({ actorName: undefined, since: undefined });
  });
});
